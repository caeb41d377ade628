import { Button, Group, Textarea } from "@mantine/core";

interface DecisionButton {
  label: string;
  pending: boolean;
  onClick: () => void;
  testId: string;
  color?: string;
}

/**
 * The comment and the two decisions of a review step, shared by every party of the loop: the unit's
 * head (send back / approve), the province's verifier and team (return / accept). The comment is
 * what a sending-back step must carry; the parent keeps its state and clears its error as it changes.
 */
export function DecisionForm(props: {
  comment: string;
  onComment: (text: string) => void;
  label: string;
  description?: string;
  error?: string | undefined;
  commentTestId: string;
  back: DecisionButton;
  forward: DecisionButton;
}) {
  const { back, forward } = props;
  return (
    <>
      <Textarea
        label={props.label}
        {...(props.description ? { description: props.description } : {})}
        autosize
        minRows={2}
        maxLength={2000}
        value={props.comment}
        onChange={(e) => props.onComment(e.currentTarget.value)}
        error={props.error}
        data-testid={props.commentTestId}
      />
      <Group justify="flex-end">
        <Button
          variant="default"
          {...(back.color ? { color: back.color } : {})}
          loading={back.pending}
          onClick={back.onClick}
          data-testid={back.testId}
        >
          {back.label}
        </Button>
        <Button
          {...(forward.color ? { color: forward.color } : {})}
          loading={forward.pending}
          onClick={forward.onClick}
          data-testid={forward.testId}
        >
          {forward.label}
        </Button>
      </Group>
    </>
  );
}
