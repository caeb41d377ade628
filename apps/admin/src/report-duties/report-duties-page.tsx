import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import {
  kindOf,
  REPORT_PERIOD_LABELS,
  type ReportKind,
  type ReportPeriod,
  reportDutiesPick,
  sentReportFileUrl,
} from "@par/domain";
import {
  DownloadLink,
  formatDate,
  QueryError,
  useCan,
  useLang,
  useNotify,
  useScreenDictionary,
  useTRPC,
} from "@par/ui";
import { DossierYearPicker } from "@par/ui/dossiers";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DueDatesModal } from "./due-dates-modal";
import { REPORT_DUTIES_DICTIONARY } from "./report-duties-dictionary";

type Body = RouterOutputs["reportDuties"]["list"]["items"][number];

/** /admin/report-duties: each report of the year, its due date, how many sent, and who has not. */
export function ReportDutiesPage() {
  useScreenDictionary(REPORT_DUTIES_DICTIONARY);
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const queryClient = useQueryClient();
  // A reminder's link names its report (?year=…&kind=…&period=…): open on it.
  const [linked] = useState(() => reportDutiesPick(window.location.search));
  const [year, setYear] = useState(() => linked?.year ?? new Date().getFullYear());
  const [picked, setPicked] = useState<{ kind: ReportKind; period: ReportPeriod }>(() =>
    linked ? { kind: linked.kind, period: linked.period } : { kind: "unit_cchc_section", period: "year" },
  );
  const [unsentOnly, setUnsentOnly] = useState(true);
  const [editingDue, setEditingDue] = useState(false);
  const canSetDue = useCan("plans.write");
  const summary = useQuery(trpc.reportDuties.summary.queryOptions({ year }));
  const list = useInfiniteQuery({
    ...trpc.reportDuties.list.infiniteQueryOptions(
      { year, ...picked, unsentOnly, limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
    // No previous kind's rows under the new kind's heading: a "mark sent" there would name the wrong body.
  });
  const pages = useCursorPages<Body>(list);
  const mark = useMutation(
    trpc.reportDuties.markSent.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.reportDuties.pathFilter());
        notify({ message: t("reportDuties.marked"), color: "green" });
      },
    }),
  );
  const columns: PagedColumn<Body>[] = [
    { key: "name", header: t("reportDuties.bodies"), width: 320, render: (b) => b.name },
    {
      key: "state",
      header: t("reportDuties.state"),
      render: (b) =>
        b.sentAt ? (
          <Badge color="green" variant="light">
            {t("reportDuties.sentOn", { date: formatDate(b.sentAt) })}
          </Badge>
        ) : (
          <Badge color="red" variant="light">
            {t("reportDuties.notSent")}
          </Badge>
        ),
    },
    {
      // The file the body sent with its report, under its own name (GET /files/reports/sent/…).
      key: "file",
      header: t("reportDuties.file"),
      render: (b) =>
        b.fileName ? (
          <Stack gap={0}>
            <DownloadLink
              href={sentReportFileUrl({ bodyUnitId: b.unitId, year, ...picked })}
              size="sm"
              testId="report-duty-file"
            >
              {b.fileName}
            </DownloadLink>
            {b.note && (
              <Text size="xs" c="dimmed">
                {b.note}
              </Text>
            )}
          </Stack>
        ) : b.sentAt ? (
          <Text size="xs" c="dimmed">
            {b.note || t("reportDuties.noFile")}
          </Text>
        ) : null,
    },
    {
      key: "act",
      header: "",
      width: 170,
      render: (b) =>
        // The server says per row whether the caller may mark it (the domain's maySendFor).
        !b.sentAt && b.maySend ? (
          <Button
            size="compact-xs"
            loading={mark.isPending}
            onClick={() => mark.mutate({ year, ...picked, bodyUnitId: b.unitId })}
          >
            {t("reportDuties.markSent")}
          </Button>
        ) : null,
    },
  ];
  return (
    <Stack gap="md" data-testid="report-duties">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("reportDuties.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("reportDuties.subtitle")}
          </Text>
        </div>
        <Group align="flex-end">
          {canSetDue && summary.data && (
            <Button variant="light" onClick={() => setEditingDue(true)} data-testid="due-dates-edit">
              {t("reportDuties.editDue")}
            </Button>
          )}
          <DossierYearPicker year={year} onChange={setYear} />
        </Group>
      </Group>
      {editingDue && summary.data && (
        <DueDatesModal year={year} rows={summary.data} onClose={() => setEditingDue(false)} />
      )}
      {summary.error && <QueryError error={summary.error} />}
      <Paper withBorder>
        <Table highlightOnHover verticalSpacing={6} data-testid="report-duties-summary">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("reportDuties.kind")}</Table.Th>
              <Table.Th>{t("reportDuties.to")}</Table.Th>
              <Table.Th>{t("reportDuties.period")}</Table.Th>
              <Table.Th>{t("reportDuties.due")}</Table.Th>
              <Table.Th>{t("reportDuties.sent")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(summary.data ?? []).map((s) => {
              const def = kindOf(s.kind);
              const selected = s.kind === picked.kind && s.period === picked.period;
              return (
                <Table.Tr
                  key={`${s.kind}-${s.period}`}
                  bg={selected ? "blue.0" : undefined}
                  style={{ cursor: "pointer" }}
                  onClick={() => setPicked({ kind: s.kind, period: s.period })}
                >
                  <Table.Td>{def[lang]}</Table.Td>
                  <Table.Td>{def.to[lang]}</Table.Td>
                  <Table.Td>{REPORT_PERIOD_LABELS[s.period][lang]}</Table.Td>
                  <Table.Td>
                    {formatDate(s.dueDate)}
                    {s.isDefault ? ` (${t("reportDuties.defaultDue")})` : ""}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={s.sent >= s.owing ? "green" : "orange"} variant="light">
                      {s.sent}/{s.owing}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group justify="space-between">
        <Text fw={600}>
          {kindOf(picked.kind)[lang]} – {REPORT_PERIOD_LABELS[picked.period][lang]} {year}
        </Text>
        <Checkbox
          label={t("reportDuties.unsentOnly")}
          checked={unsentOnly}
          onChange={(e) => setUnsentOnly(e.currentTarget.checked)}
        />
      </Group>
      {list.error ? (
        <QueryError error={list.error} />
      ) : (
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(b) => b.unitId}
          maxHeight="calc(100vh - 560px)"
          testId="report-duties-bodies"
        />
      )}
    </Stack>
  );
}
