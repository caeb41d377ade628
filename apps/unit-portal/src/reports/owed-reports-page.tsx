import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import {
  bodyReportUrl,
  isDraftedBodyReport,
  kindOf,
  REPORT_PERIOD_LABELS,
  sentReportFileUrl,
} from "@par/domain";
import { DownloadLink, formatDate, QueryError, useLang, useTRPC } from "@par/ui";
import { DossierYearPicker } from "@par/ui/dossiers";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { MarkSentModal, type OwedReport } from "./mark-sent-modal";

function StateBadge({ r }: { r: OwedReport }) {
  const { t } = useLang();
  if (r.sentAt)
    return (
      <Badge color="green" variant="light" style={{ textTransform: "none" }}>
        {t("portal.owedReports.sentOn", { date: formatDate(r.sentAt) })}
      </Badge>
    );
  return (
    <Badge color={r.overdue ? "red" : "gray"} variant="light" style={{ textTransform: "none" }}>
      {t(r.overdue ? "portal.owedReports.overdue" : "portal.owedReports.notSent")}
    </Badge>
  );
}

/**
 * /portal/reports: the reports the user's body owes this year (issue 11 §6) — only those the domain
 * says it owes and the user may mark sent — with due dates, whether sent, overdue; the clerk marks one
 * sent with the signed file and a note. No head's approval here: the report is signed before it is
 * sent, this records the sending (README, "Reports each body owes").
 */
export function OwedReportsPage() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [marking, setMarking] = useState<OwedReport | null>(null);
  const mine = useQuery(trpc.reportDuties.mine.queryOptions({ year }));
  const rows = mine.data ?? [];
  const manyBodies = new Set(rows.map((r) => r.bodyUnitId)).size > 1;
  return (
    <Stack gap="md" data-testid="owed-reports">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("portal.owedReports.title")}</Title>
          <Text c="dimmed" size="sm" maw={820}>
            {t("portal.owedReports.subtitle")}
          </Text>
        </div>
        <DossierYearPicker year={year} onChange={setYear} />
      </Group>
      {mine.error && <QueryError error={mine.error} />}
      {mine.data && rows.length === 0 && (
        <Text c="dimmed" data-testid="owed-reports-none">
          {t("portal.owedReports.none")}
        </Text>
      )}
      {rows.length > 0 && (
        <Paper withBorder>
          <Table verticalSpacing={8} data-testid="owed-reports-table">
            <Table.Thead>
              <Table.Tr>
                {manyBodies && <Table.Th>{t("portal.owedReports.body")}</Table.Th>}
                <Table.Th>{t("portal.owedReports.kind")}</Table.Th>
                <Table.Th w={110}>{t("portal.owedReports.period")}</Table.Th>
                <Table.Th w={110}>{t("portal.owedReports.due")}</Table.Th>
                <Table.Th w={180}>{t("portal.owedReports.state")}</Table.Th>
                <Table.Th>{t("portal.owedReports.file")}</Table.Th>
                <Table.Th w={150} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => {
                const def = kindOf(r.kind);
                return (
                  <Table.Tr
                    key={`${r.bodyUnitId}-${r.kind}-${r.period}`}
                    data-testid="owed-report-row"
                    data-kind={r.kind}
                    data-period={r.period}
                  >
                    {manyBodies && <Table.Td>{r.bodyName}</Table.Td>}
                    <Table.Td>
                      <Text size="sm">{def[lang]}</Text>
                      <Text size="xs" c="dimmed">
                        {t("portal.owedReports.to")}: {def.to[lang]}
                      </Text>
                      {isDraftedBodyReport(r.kind) && (
                        <DownloadLink href={bodyReportUrl(r)} size="xs" testId="owed-report-draft">
                          {t("portal.owedReports.draft")}
                        </DownloadLink>
                      )}
                    </Table.Td>
                    <Table.Td>{REPORT_PERIOD_LABELS[r.period][lang]}</Table.Td>
                    <Table.Td>{formatDate(r.dueDate)}</Table.Td>
                    <Table.Td>
                      <StateBadge r={r} />
                    </Table.Td>
                    <Table.Td>
                      {r.fileName && (
                        <DownloadLink href={sentReportFileUrl(r)} size="sm" testId="owed-report-file">
                          {r.fileName}
                        </DownloadLink>
                      )}
                      {r.note && (
                        <Text size="xs" c="dimmed">
                          {r.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant={r.sentAt ? "default" : "filled"}
                        onClick={() => setMarking(r)}
                        data-testid="owed-report-mark"
                      >
                        {t(r.sentAt ? "portal.owedReports.sendAgain" : "portal.owedReports.markSent")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {marking && <MarkSentModal report={marking} onClose={() => setMarking(null)} />}
    </Stack>
  );
}
