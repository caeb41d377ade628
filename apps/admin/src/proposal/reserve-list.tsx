import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useLang } from "@par/ui";
import type { Dispatch } from "react";
import { Link } from "wouter";
import type { WorkingAction, WorkingTier } from "./working-set";

/** Next best units: kept for surprise checks and substitutes; "Thêm" moves one into the picks. */
export function ReserveList({ tier, dispatch }: { tier: WorkingTier; dispatch: Dispatch<WorkingAction> }) {
  const { t, lang } = useLang();
  return (
    <div data-testid={`proposal-reserve-${tier.tier}`}>
      <Text size="sm" fw={600} mb={4}>
        {t("admin.proposal.reserve")} ({tier.reserve.length})
      </Text>
      {tier.reserve.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("admin.proposal.noReserve")}
        </Text>
      ) : (
        <Stack gap={2} mah={180} style={{ overflowY: "auto" }}>
          {tier.reserve.map((r) => (
            <Group
              key={r.unitId}
              gap="xs"
              wrap="nowrap"
              data-testid="proposal-reserve-item"
              data-unit-id={r.unitId}
            >
              <Button
                size="compact-xs"
                variant="light"
                aria-label={t("admin.proposal.addUnit", { name: r.name })}
                onClick={() => dispatch({ type: "addReserve", tier: tier.tier, unitId: r.unitId })}
              >
                {t("admin.proposal.add")}
              </Button>
              <Anchor component={Link} href={`/units/${r.unitId}`} size="sm" style={{ whiteSpace: "nowrap" }}>
                {r.name}
              </Anchor>
              {r.reasons && (
                // Truncated on one line: the whole text on hover (R6 reasons can be long).
                <Text size="xs" c="dimmed" truncate title={r.reasons[lang]}>
                  {r.reasons[lang]}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </div>
  );
}
