import { Alert, Anchor, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { describeError, MonthBars, monthLabel, QueryError, useCan, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useReducer, useState } from "react";
import { Link } from "wouter";
import { planFieldLabel } from "../year/plan-field-label";
import { AcceptBar } from "./accept-bar";
import { ProposalRunForm, type RunParams } from "./proposal-run-form";
import { loadReserve } from "./saved-reserve";
import { SavedReservePanel } from "./saved-reserve-panel";
import { TierSection } from "./tier-section";
import { fromProposal, monthLoad, type WorkingAction, type WorkingSet, workingReducer } from "./working-set";

type PageAction = WorkingAction | { type: "reset"; ws: WorkingSet };
function pageReducer(ws: WorkingSet | null, a: PageAction): WorkingSet | null {
  if (a.type === "reset") return a.ws;
  return ws === null ? ws : workingReducer(ws, a);
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Proposal of units to inspect: run, adjust per tier against the quota, accept into draft inspections. */
export function ProposalPage({ year }: { year: number }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const canWrite = useCan("plans.write");
  const plan = useQuery(trpc.plans.get.queryOptions({ year }));
  const [params, setParams] = useState<RunParams | null>(null);
  const run = useQuery({
    ...trpc.proposal.run.queryOptions({ year, ...(params ?? {}) }),
    enabled: params !== null && canWrite,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [ws, dispatch] = useReducer(pageReducer, null);
  useEffect(() => {
    if (run.data) dispatch({ type: "reset", ws: fromProposal(run.data) });
  }, [run.data]);

  return (
    <Stack gap="md" data-testid="proposal-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Anchor component={Link} href={`/year/${year}`} size="sm">
            ← {t("admin.proposal.back")}
          </Anchor>
          <Title order={2}>{t("admin.proposal.title", { year })}</Title>
          <Text size="sm" c="dimmed">
            {t("admin.proposal.hint")}
          </Text>
        </div>
      </Group>
      {!canWrite && <Alert color="gray">{t("admin.proposal.readOnly")}</Alert>}
      {plan.isPending && <Loader />}
      {plan.isError &&
        (describeError(plan.error, lang).code === "NOT_FOUND" ? (
          <Alert color="yellow" data-testid="proposal-no-plan">
            {t("admin.proposal.needPlan", { year })}{" "}
            <Anchor component={Link} href={`/year/${year}`}>
              {t("admin.year.createTitle", { year })}
            </Anchor>
          </Alert>
        ) : (
          <QueryError error={plan.error} />
        ))}
      {plan.isSuccess && canWrite && (
        <>
          <ProposalRunForm
            year={year}
            running={run.isFetching}
            ran={params !== null}
            onRun={(p) => {
              // The same inputs give the same proposal: start over from it instead of asking again.
              if (run.data && JSON.stringify(p) === JSON.stringify(params)) {
                dispatch({ type: "reset", ws: fromProposal(run.data) });
              } else setParams(p);
            }}
          />
          {run.isError && (
            <Alert color="red" role="alert" data-testid="proposal-error">
              {describeError(run.error, lang, planFieldLabel(t)).summary}
            </Alert>
          )}
          {run.isFetching && <Loader />}
          {!params && <Text c="dimmed">{t("admin.proposal.notRun")}</Text>}
          {!params && <SavedReservePanel units={loadReserve(globalThis.localStorage, year)} />}
          {ws && run.data && (
            <>
              {run.data.problems.length > 0 && (
                <Alert color="yellow" title={t("admin.proposal.problems")} data-testid="proposal-problems">
                  {run.data.problems.map((p) => (
                    <Text key={p.vi} size="sm">
                      {p[lang]}
                    </Text>
                  ))}
                </Alert>
              )}
              <Paper withBorder p="sm">
                <Text fw={600} size="sm">
                  {t("admin.proposal.capacityChart")}
                </Text>
                <MonthBars
                  height={140}
                  title={t("admin.proposal.capacityChart")}
                  monthLabels={MONTHS.map((m) => monthLabel(m, lang, true))}
                  series={[
                    {
                      label: t("admin.proposal.capacitySeries"),
                      color: "var(--mantine-color-gray-4)",
                      values: run.data.monthCapacity,
                    },
                    {
                      label: t("admin.proposal.loadSeries"),
                      color: "var(--mantine-color-blue-6)",
                      values: monthLoad(ws),
                    },
                  ]}
                />
              </Paper>
              {ws.map((tier) => (
                <TierSection key={tier.tier} year={year} tier={tier} dispatch={dispatch} />
              ))}
              <AcceptBar year={year} ws={ws} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
