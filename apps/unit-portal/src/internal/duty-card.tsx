import { Anchor, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { formatNumber, useLang } from "@par/ui";
import { Link } from "wouter";

type Duty = RouterOutputs["internal"]["home"]["duty"];
const LAGGARDS_SHOWN = 12;

function Figure({
  label,
  value,
  href,
  testId,
}: {
  label: string;
  value: number;
  href: string;
  testId: string;
}) {
  return (
    <Anchor component={Link} href={href} underline="never" data-testid={testId}>
      <Paper withBorder p="sm">
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fz={28} fw={700} c="dark">
          {formatNumber(value)}
        </Text>
      </Paper>
    </Anchor>
  );
}

/** R9 at a glance: every figure opens its list (the plan screen for what is still to be planned). */
export function DutyCard({ duty }: { duty: Duty }) {
  const { t } = useLang();
  const q = `?year=${duty.year}`;
  const ratio = duty.required === 0 ? 100 : Math.min(100, (duty.done / duty.required) * 100);
  return (
    <Paper withBorder p="md" data-testid="duty-card">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            {t("portal.internal.year.duty")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("portal.internal.year.dutyHint", { pct: duty.pct, pool: duty.poolSize })}
          </Text>
        </div>
        <SimpleGrid cols={4}>
          <Figure
            label={t("portal.internal.year.required")}
            value={duty.required}
            href={`/internal/plan${q}`}
            testId="duty-required"
          />
          <Figure
            label={t("portal.internal.year.done")}
            value={duty.done}
            href={`/internal${q}`}
            testId="duty-done"
          />
          <Figure
            label={t("portal.internal.year.planned")}
            value={duty.planned}
            href={`/internal/calendar${q}`}
            testId="duty-planned"
          />
          <Figure
            label={t("portal.internal.year.missing")}
            value={duty.missing}
            href={`/internal/plan${q}`}
            testId="duty-missing"
          />
        </SimpleGrid>
        <Progress
          value={ratio}
          color={duty.shortfall > 0 ? "orange" : "teal"}
          aria-label={`${duty.done}/${duty.required}`}
        />
        <Text size="sm" fw={600} c={duty.shortfall > 0 ? "orange.8" : "teal.8"} data-testid="duty-shortfall">
          {duty.shortfall > 0
            ? t("portal.internal.year.shortfall", { n: duty.shortfall })
            : t("portal.internal.year.met")}
        </Text>
        <div>
          <Text size="sm" fw={600}>
            {t("portal.internal.year.laggards")}
          </Text>
          {duty.laggards.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("portal.internal.year.noLaggards")}
            </Text>
          ) : (
            <Group gap={6} mt={4} data-testid="laggards">
              {duty.laggards.slice(0, LAGGARDS_SHOWN).map((u) => (
                <Anchor key={u.id} component={Link} href={`/internal/plan${q}&target=${u.id}`} size="sm">
                  {`${u.name};`}
                </Anchor>
              ))}
              {duty.laggards.length > LAGGARDS_SHOWN && (
                <Anchor component={Link} href={`/internal/plan${q}`} size="sm">
                  {t("portal.internal.year.more", { n: duty.laggards.length - LAGGARDS_SHOWN })}
                </Anchor>
              )}
            </Group>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
