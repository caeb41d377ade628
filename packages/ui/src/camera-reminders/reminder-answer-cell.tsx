import { Button, Stack } from "@mantine/core";
import { ReviewStateBadge, stateOfItem } from "../responses/review-state-badge";
import type { ReminderItem } from "./reminder-answer-panel";

/**
 * A reminder's answer column, in the camera app and in the portal alike: its review state, and a
 * button that opens it — filled when the caller has a step to take now.
 */
export function ReminderAnswerCell({
  reminder,
  actLabel,
  viewLabel,
  testId,
  onOpen,
}: {
  reminder: ReminderItem;
  actLabel: string;
  viewLabel: string;
  testId: string;
  onOpen: (id: number) => void;
}) {
  const canAct = reminder.steps.length > 0;
  return (
    <Stack gap={4} align="flex-start">
      <ReviewStateBadge state={stateOfItem(reminder)} />
      <Button
        size="compact-xs"
        variant={canAct ? "filled" : "light"}
        onClick={() => onOpen(reminder.id)}
        data-testid={testId}
      >
        {canAct ? actLabel : viewLabel}
      </Button>
    </Stack>
  );
}
