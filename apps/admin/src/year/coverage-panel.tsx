import { Button, Collapse, Group, Paper, SimpleGrid, Skeleton, Text, Title } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { formatNumber, QueryError, QuotaProgress, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { MissingUnitsList } from "./missing-units-list";

type TierCoverage = RouterOutputs["plans"]["coverage"]["tiers"][number];

/** R2 per tier as the server counts it (plans.coverage): done and planned against the required count. */
export function CoveragePanel({ year }: { year: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const coverage = useQuery(trpc.plans.coverage.queryOptions({ year }));
  return (
    <section aria-labelledby="coverage-title">
      <Title order={3} size="h4" mb="xs" id="coverage-title">
        {t("admin.year.coverage")}
      </Title>
      {coverage.isError && <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {coverage.isPending
          ? [0, 1, 2].map((i) => <Skeleton key={i} h={150} />)
          : coverage.data?.tiers.map((tier) => <TierCard key={tier.tier} year={year} tier={tier} />)}
      </SimpleGrid>
    </section>
  );
}

function TierCard({ year, tier }: { year: number; tier: TierCoverage }) {
  const { t, lang } = useLang();
  const [open, setOpen] = useState(false);
  // Counted by the server; the units themselves load, a page at a time, when the list is opened.
  const missing = Math.max(0, tier.eligible - tier.done - tier.planned);
  return (
    <Paper
      withBorder
      p="sm"
      data-testid={`coverage-tier-${tier.tier}`}
      data-done={tier.done}
      data-required={tier.required}
      data-eligible={tier.eligible}
      data-planned={tier.planned}
    >
      <QuotaProgress
        label={`${tier.label[lang]} · ${tier.pct} %`}
        done={tier.done}
        planned={tier.planned}
        required={tier.required}
        doneLabel={t("admin.year.done")}
        plannedLabel={t("admin.year.planned")}
        requiredLabel={t("admin.year.required")}
      />
      <Group gap="lg" mt="xs">
        <Stat label={t("admin.year.eligible")} value={tier.eligible} />
        <Stat
          label={t("admin.year.shortfall")}
          value={tier.shortfall}
          color={tier.shortfall > 0 ? "orange.8" : "teal.8"}
          testId={`coverage-shortfall-${tier.tier}`}
        />
      </Group>
      {missing === 0 ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t("admin.year.noMissing")}
        </Text>
      ) : (
        <>
          <Button
            variant="subtle"
            size="compact-sm"
            mt="xs"
            px={0}
            onClick={() => setOpen((v) => !v)}
            aria-expanded={open}
            data-testid={`coverage-missing-toggle-${tier.tier}`}
          >
            {open ? t("admin.year.hideMissing") : t("admin.year.showMissing", { count: missing })}
          </Button>
          <Collapse expanded={open}>{open && <MissingUnitsList year={year} tier={tier.tier} />}</Collapse>
        </>
      )}
    </Paper>
  );
}

function Stat({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} c={color} data-testid={testId}>
        {formatNumber(value)}
      </Text>
    </div>
  );
}
