import { Alert, Button, Group, Loader, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { INSPECTION_STATUSES, type InspectionForm, type InspectionStatus } from "@par/domain";
import { QueryError, SearchBox, TIER_LABELS, useCan, useLang, useTRPC } from "@par/ui";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { lazy, Suspense, useMemo, useState } from "react";
import { formLabel, leadBodyLabel, STATUS_LABELS, templateOrNull } from "./inspection-labels";
import { InspectionsTable } from "./inspections-table";
import { usePlanYears } from "./use-plan-years";

const InspectionCreateModal = lazy(() =>
  import("./inspection-create-modal").then((m) => ({ default: m.InspectionCreateModal })),
);

const TIERS = ["agency", "district", "commune"] as const;

/** The consolidated list (danh sách cuộc kiểm tra): every lead body's inspections the user may see. */
export function InspectionsPage() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const canWrite = useCan("inspections.write") || useCan("inspections.writeSector");
  const { plans, defaultYear, isPending: plansPending, error: plansError } = usePlanYears();
  const [yearChoice, setYear] = useState<string | null>(null);
  const year = yearChoice ?? (defaultYear !== null ? String(defaultYear) : "all");
  const [status, setStatus] = useState<string | null>(null);
  const [form, setForm] = useState<string | null>(null);
  const [tier, setTier] = useState<string | null>(null);
  const [leadBody, setLeadBody] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [query] = useDebouncedValue(search.trim(), 300);
  const [creating, setCreating] = useState(false);

  const plan = plans.find((p) => String(p.year) === year) ?? plans[0] ?? null;
  const template = templateOrNull(plan?.templateId ?? "dong-nai-2023");

  // Keyset pages from the server, every filter applied there: "load more" follows the cursor.
  const list = useInfiniteQuery({
    ...trpc.inspections.list.infiniteQueryOptions(
      {
        limit: 50,
        ...(year !== "all" ? { year: Number(year) } : {}),
        ...(status ? { status: status as InspectionStatus } : {}),
        ...(form ? { form: form as InspectionForm } : {}),
        ...(tier ? { tier: tier as (typeof TIERS)[number] } : {}),
        ...(leadBody ? { leadBody } : {}),
        ...(query ? { query } : {}),
      },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    enabled: !plansPending,
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("insp.list.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("insp.list.subtitle")}
          </Text>
        </div>
        {canWrite && (
          <Button onClick={() => setCreating(true)} disabled={!plan} data-testid="inspection-new">
            {t("insp.list.new")}
          </Button>
        )}
      </Group>
      {plansError ? <QueryError error={plansError} /> : null}
      {!plansPending && plans.length === 0 && (
        <Alert color="yellow" data-testid="no-plan">
          {t("insp.list.noPlan")}
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end" wrap="wrap" data-testid="inspection-filters">
          <Select
            label={t("insp.field.year")}
            w={110}
            data={[
              { value: "all", label: t("insp.list.allYears") },
              ...plans.map((p) => ({ value: String(p.year), label: String(p.year) })),
            ]}
            value={year}
            onChange={(v) => setYear(v ?? "all")}
            allowDeselect={false}
            data-testid="filter-year"
          />
          <Select
            label={t("insp.field.status")}
            w={170}
            clearable
            placeholder={t("insp.list.any")}
            data={INSPECTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s][lang] }))}
            value={status}
            onChange={setStatus}
            data-testid="filter-status"
          />
          <Select
            label={t("insp.field.form")}
            w={200}
            clearable
            placeholder={t("insp.list.any")}
            data={(template?.forms ?? []).map((f) => ({
              value: f.form,
              label: formLabel(template, f.form, lang),
            }))}
            value={form}
            onChange={setForm}
            data-testid="filter-form"
          />
          <Select
            label={t("insp.field.tier")}
            w={170}
            clearable
            placeholder={t("insp.list.any")}
            data={TIERS.map((k) => ({ value: k, label: TIER_LABELS[k][lang] }))}
            value={tier}
            onChange={setTier}
            data-testid="filter-tier"
          />
          <Select
            label={t("insp.field.leadBody")}
            w={210}
            clearable
            placeholder={t("insp.list.any")}
            data={(template?.leadBodies ?? []).map((b) => ({
              value: b.code,
              label: leadBodyLabel(template, b.code, lang),
            }))}
            value={leadBody}
            onChange={setLeadBody}
            data-testid="filter-lead-body"
          />
          <div style={{ flex: 1, minWidth: 180 }}>
            <SearchBox
              label={t("insp.list.search")}
              placeholder={t("insp.list.searchPlaceholder")}
              value={search}
              onChange={setSearch}
            />
          </div>
        </Group>
      </Paper>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Loader m="md" />
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="inspection-count">
            {t(list.hasNextPage ? "insp.list.shown" : "insp.list.count", { count: rows.length })}
          </Text>
          <InspectionsTable rows={rows} />
          {list.hasNextPage && (
            <Group>
              <Button
                variant="light"
                onClick={() => void list.fetchNextPage()}
                loading={list.isFetchingNextPage}
                data-testid="inspection-more"
              >
                {t("insp.list.more")}
              </Button>
            </Group>
          )}
        </>
      )}
      <Suspense fallback={null}>
        {creating && plan && (
          <InspectionCreateModal plans={plans} year={plan.year} onClose={() => setCreating(false)} />
        )}
      </Suspense>
    </Stack>
  );
}
