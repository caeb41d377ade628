import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { InternalCreateInput } from "@par/domain";
import { DateInput, parseDateInput, pickLanguage, QueryError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useSearch } from "wouter";
import { checkInput, type FieldErrors, serverErrors } from "./form-errors";
import { InternalTabs } from "./internal-tabs";
import { useMyUnit, yearFrom } from "./use-my-unit";

const POOL_COLOR = { done: "teal", planned: "blue", missing: "orange" } as const;

/** Plans the year's internal checks from the duty's pool (internal.coverage): unit, dates, note. */
export function PlanPage() {
  const { t } = useLang();
  const trpc = useTRPC();
  const unit = useMyUnit();
  const search = useSearch();
  const year = yearFrom(search);
  const preset = Number(new URLSearchParams(search).get("target")) || null;
  const [target, setTarget] = useState<number | null>(preset);
  const coverage = useQuery({
    ...trpc.internal.coverage.queryOptions({ unitId: unit?.id ?? 0, year }),
    enabled: unit !== null,
  });
  const pool = coverage.data?.pool ?? [];
  return (
    <Stack gap="md" data-testid="plan-page">
      <Title order={2}>{t("portal.internal.plan.title", { year })}</Title>
      <InternalTabs year={year} active="plan" />
      {coverage.isError && <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />}
      <Grid>
        <Grid.Col span={5}>
          <PlanForm year={year} pool={pool} target={target} onTarget={setTarget} />
        </Grid.Col>
        <Grid.Col span={7}>
          <Paper withBorder p="md">
            <Text fw={600} mb="xs">
              {t("portal.internal.plan.pool", { count: pool.length })}
            </Text>
            <ScrollArea h="calc(100vh - 330px)">
              <Table verticalSpacing={3} striped data-testid="pool-table">
                <Table.Tbody>
                  {pool.map((p) => (
                    <Table.Tr key={p.id} data-testid="pool-row" data-status={p.status}>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td w={190}>
                        <Badge color={POOL_COLOR[p.status]} variant="light" tt="none">
                          {t(`portal.internal.plan.poolStatus.${p.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td w={80}>
                        {p.status === "missing" && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => setTarget(p.id)}
                            data-testid="pool-choose"
                          >
                            {t("portal.internal.plan.choose")}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function PlanForm({
  year,
  pool,
  target,
  onTarget,
}: {
  year: number;
  pool: { id: number; name: string; status: string }[];
  target: number | null;
  onTarget: (id: number | null) => void;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const client = useQueryClient();
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const startIso = parseDateInput(start);
  const endIso = parseDateInput(end || start);
  const nearby = useQuery({
    ...trpc.internal.nearby.queryOptions({
      targetUnitId: target ?? 0,
      startDate: startIso ?? "",
      endDate: endIso ?? "",
    }),
    enabled: target !== null && startIso !== null && endIso !== null && endIso >= startIso,
  });
  const create = useMutation(
    trpc.internal.create.mutationOptions({
      onSuccess: async (row) => {
        notify({ message: t("portal.internal.plan.saved", { unit: row.targetUnit.name }) });
        setStart("");
        setEnd("");
        setNote("");
        onTarget(null);
        await client.invalidateQueries({ queryKey: trpc.internal.pathKey() });
      },
      onError: (err) => {
        const e = serverErrors(err, lang);
        setErrors(e.errors);
        setSummary(e.summary);
      },
    }),
  );
  const edited = (field: string) => {
    setErrors(({ [field]: _, ...rest }) => rest);
    setSummary(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad: FieldErrors = {};
    if (start && !startIso) bad.startDate = `${t("portal.internal.plan.start")}: ${t("common.invalidDate")}`;
    if (end && !parseDateInput(end))
      bad.endDate = `${t("portal.internal.plan.end")}: ${t("common.invalidDate")}`;
    const r = checkInput(
      InternalCreateInput,
      {
        targetUnitId: target ?? undefined,
        startDate: startIso ?? undefined,
        endDate: endIso ?? undefined,
        note,
      },
      lang,
    );
    if (!r.ok || Object.keys(bad).length > 0) {
      setErrors({ ...(r.ok ? {} : r.errors), ...bad });
      return;
    }
    create.mutate(r.value);
  };
  const options = pool
    .filter((p) => p.status !== "done")
    .map((p) => ({ value: String(p.id), label: p.name }));
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="plan-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("portal.internal.plan.hint", { year })}
        </Text>
        <Select
          label={t("portal.internal.plan.target")}
          data={options}
          searchable
          value={target === null ? null : String(target)}
          onChange={(v) => {
            onTarget(v === null ? null : Number(v));
            edited("targetUnitId");
          }}
          error={errors.targetUnitId}
          data-testid="plan-target"
        />
        <Group grow align="flex-start">
          <DateInput
            label={t("portal.internal.plan.start")}
            value={start}
            onChange={(e) => {
              setStart(e.currentTarget.value);
              edited("startDate");
            }}
            error={errors.startDate}
            data-testid="plan-start"
          />
          <DateInput
            label={t("portal.internal.plan.end")}
            value={end}
            onChange={(e) => {
              setEnd(e.currentTarget.value);
              edited("endDate");
            }}
            error={errors.endDate}
            data-testid="plan-end"
          />
        </Group>
        <TextInput
          label={t("portal.internal.plan.note")}
          value={note}
          maxLength={2000}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            edited("note");
          }}
          error={errors.note}
        />
        {nearby.data?.warning && (
          <Alert color="yellow" data-testid="plan-warning">
            {pickLanguage(nearby.data.warning.message, lang)}
          </Alert>
        )}
        {summary && (
          <Alert color="red" data-testid="plan-error">
            {summary}
          </Alert>
        )}
        <Button type="submit" loading={create.isPending} data-testid="plan-save">
          {t("portal.internal.plan.save")}
        </Button>
      </Stack>
    </Paper>
  );
}
