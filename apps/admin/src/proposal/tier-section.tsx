import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { tierLabel, useLang } from "@par/ui";
import type { Dispatch } from "react";
import { PickRow } from "./pick-row";
import { ReserveList } from "./reserve-list";
import { UnitSearchAdd } from "./unit-search-add";
import type { WorkingAction, WorkingTier } from "./working-set";

/** One tier: the quota, the live count (already covered + picked vs required), picks, reserve, search. */
export function TierSection({
  year,
  tier,
  dispatch,
}: {
  year: number;
  tier: WorkingTier;
  dispatch: Dispatch<WorkingAction>;
}) {
  const { t, lang } = useLang();
  const total = tier.alreadyCovered + tier.picks.length;
  const short = tier.required - total;
  const picked = new Set(tier.picks.map((p) => p.unitId));
  return (
    <Paper
      withBorder
      p="md"
      data-testid={`proposal-tier-${tier.tier}`}
      data-picked={tier.picks.length}
      data-required={tier.required}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            {t("admin.proposal.tierHead", {
              tier: tierLabel(tier.tier, lang),
              pct: tier.pct,
              eligible: tier.eligible,
              required: tier.required,
            })}
          </Title>
          <Group gap="xs">
            <Text size="sm" data-testid={`proposal-count-${tier.tier}`}>
              {t("admin.proposal.count", {
                covered: tier.alreadyCovered,
                picked: tier.picks.length,
                total,
                required: tier.required,
              })}
            </Text>
            <Badge color={short > 0 ? "orange" : "teal"} variant="light" tt="none">
              {short > 0 ? t("admin.proposal.short", { count: short }) : t("admin.proposal.enough")}
            </Badge>
          </Group>
        </Group>
        {tier.problem && <Alert color="yellow">{tier.problem[lang]}</Alert>}
        {tier.picks.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("admin.proposal.noPicks")}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing={4} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("admin.year.unit")}</Table.Th>
                  <Table.Th w={150}>{t("admin.proposal.month")}</Table.Th>
                  <Table.Th w={210}>{t("admin.proposal.form")}</Table.Th>
                  <Table.Th w={170} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tier.picks.map((p) => (
                  <PickRow key={p.unitId} pick={p} reserve={tier.reserve} dispatch={dispatch} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ReserveList tier={tier} dispatch={dispatch} />
        <UnitSearchAdd year={year} tier={tier.tier} picked={picked} dispatch={dispatch} />
      </Stack>
    </Paper>
  );
}
