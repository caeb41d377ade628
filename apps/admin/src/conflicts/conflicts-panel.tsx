import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { formatDate, formatDateTime, QueryError, useLang } from "@par/ui";
import { type PagedColumn, PagedTable } from "@par/ui/paged";
import { useState } from "react";
import { ResolveConflictModal } from "./resolve-conflict-modal";
import { useConflictPages, useOpenConflictCount } from "./use-conflicts";

interface Side {
  id: number;
  targetUnit: { name: string };
  leadBodyName: { vi: string; en: string };
  form: string;
  startDate: string;
  endDate: string;
}

function InspectionCell({ i }: { i: Side }) {
  const { t, lang } = useLang();
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {i.targetUnit.name}
      </Text>
      <Text size="xs" c="dimmed">
        {i.leadBodyName[lang]} · {t(`admin.insp.form.${i.form}`)} · {formatDate(i.startDate)}
        {i.endDate !== i.startDate ? ` – ${formatDate(i.endDate)}` : ""}
      </Text>
    </Stack>
  );
}

type Conflict = ReturnType<typeof useConflictPages>["pages"]["rows"][number];

function conflictColumns(
  t: ReturnType<typeof useLang>["t"],
  lang: ReturnType<typeof useLang>["lang"],
  onResolve: (id: number) => void,
): PagedColumn<Conflict>[] {
  return [
    { key: "day", header: t("conflicts.day"), width: 100, render: (c) => formatDate(c.firstDay) },
    {
      key: "kind",
      header: t("conflicts.kind"),
      width: 190,
      render: (c) => (
        <>
          <Text size="sm">{c.kindLabel[lang]}</Text>
          {c.member && (
            <Text size="xs" c="dimmed">
              {c.member}
            </Text>
          )}
        </>
      ),
    },
    {
      key: "inspection",
      header: t("conflicts.inspection"),
      render: (c) => <InspectionCell i={c.inspection} />,
    },
    { key: "hidden", header: t("conflicts.hidden"), render: (c) => <InspectionCell i={c.hidden} /> },
    {
      key: "detected",
      header: t("conflicts.detected"),
      width: 170,
      render: (c) => (
        <>
          <Text size="xs">{formatDateTime(c.detectedAt)}</Text>
          {c.detectedBy && (
            <Text size="xs" c="dimmed">
              {t("conflicts.by", { name: c.detectedBy })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: "action",
      header: "",
      width: 130,
      render: (c) =>
        c.resolvedAt === null ? (
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() => onResolve(c.id)}
            data-testid="conflict-resolve"
          >
            {t("conflicts.resolve")}
          </Button>
        ) : (
          <Text size="xs" c="dimmed" title={c.note ?? ""}>
            {t("conflicts.resolvedOn", { date: formatDate(c.resolvedAt) })}
          </Text>
        ),
    },
  ];
}

/**
 * "Xung đột lịch": clashes the server accepted without telling their author (R5), for Sở Nội vụ and
 * the hidden inspection's lead body to resolve. Shown on the calendar page to those who run inspections,
 * a page at a time (the server filters what the caller may see and counts them).
 */
export function ConflictsPanel() {
  const { t, lang } = useLang();
  const [showResolved, setShowResolved] = useState(false);
  const { enabled, query, pages } = useConflictPages(showResolved);
  const open = useOpenConflictCount();
  const [resolving, setResolving] = useState<number | null>(null);
  if (!enabled) return null;
  const rows = pages.rows;
  if (query.isSuccess && rows.length === 0 && !showResolved) return null;
  return (
    <Paper
      withBorder
      p="md"
      data-testid="conflicts-panel"
      style={{ borderColor: "var(--mantine-color-red-4)" }}
    >
      <Group justify="space-between" mb={4}>
        <Group gap="xs">
          <Title order={3} size="h5">
            {t("conflicts.title")}
          </Title>
          <Badge color={open > 0 ? "red" : "gray"} size="sm" circle data-testid="conflicts-open-count">
            {open}
          </Badge>
        </Group>
        <Checkbox
          size="xs"
          label={t("conflicts.showResolved")}
          checked={showResolved}
          onChange={(e) => setShowResolved(e.currentTarget.checked)}
        />
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t("conflicts.hint")}
      </Text>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("conflicts.none")}
        </Text>
      )}
      {rows.length > 0 && (
        <PagedTable
          pages={pages}
          columns={conflictColumns(t, lang, setResolving)}
          rowKey={(c) => c.id}
          maxHeight="420px"
          testId="conflict"
        />
      )}
      {resolving !== null && <ResolveConflictModal id={resolving} onClose={() => setResolving(null)} />}
    </Paper>
  );
}
