import { Badge, Button, Paper, Stack, Table, Text } from "@mantine/core";
import { checkFollowUpOpen, isOpenRecommendation, VERDICT_LABELS } from "@par/domain";
import { formatDate, useCan, useLang } from "@par/ui";
import { useState } from "react";
import { RECOMMENDATION_STATUS_COLORS, RECOMMENDATION_STATUS_LABELS } from "./inspection-labels";
import type { InspectionDetail, Recommendation } from "./inspection-types";
import { VerifyModal } from "./verify-modal";

/** Follow-up (theo dõi kiến nghị): each recommendation, the unit's answer, and the province's verification. */
export function FollowUpPanel({ inspection }: { inspection: InspectionDetail }) {
  const { t, lang } = useLang();
  // A closed inspection's follow-up is over: the API refuses verification, so no button is offered.
  const canVerify = useCan("recommendations.verify") && checkFollowUpOpen(inspection.status, "verify").ok;
  const [verifying, setVerifying] = useState<Recommendation | null>(null);
  const recs = inspection.recommendations;
  if (recs.length === 0) {
    return (
      <Paper withBorder p="md">
        <Text c="dimmed" size="sm" data-testid="follow-up-empty">
          {inspection.conclusion ? t("insp.rec.noneIssued") : t("insp.rec.notConcluded")}
        </Text>
      </Paper>
    );
  }
  const open = recs.filter((r) => isOpenRecommendation(r.status)).length;
  return (
    <Paper withBorder p="md" data-testid="follow-up">
      <Text fw={600} mb={4}>
        {t("insp.rec.title")}
      </Text>
      <Text size="sm" c="dimmed" mb="sm" data-testid="follow-up-summary">
        {t("insp.rec.summary", { total: recs.length, open })}
      </Text>
      <Table layout="fixed" verticalSpacing="xs" data-testid="follow-up-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>{t("insp.rec.text")}</Table.Th>
            <Table.Th w={120}>{t("insp.rec.deadline")}</Table.Th>
            <Table.Th w={140}>{t("insp.rec.status")}</Table.Th>
            <Table.Th w={230}>{t("insp.rec.response")}</Table.Th>
            <Table.Th w={210}>{t("insp.rec.verification")}</Table.Th>
            {canVerify && <Table.Th w={110} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recs.map((r, i) => (
            <Table.Tr key={r.id} data-testid="follow-up-row" data-status={r.status}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.text}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(r.deadline)}</Text>
                {r.overdue && (
                  <Badge color="red" size="xs" variant="light" style={{ textTransform: "none" }}>
                    {t("insp.rec.overdue")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Badge
                  color={RECOMMENDATION_STATUS_COLORS[r.status]}
                  variant="light"
                  style={{ textTransform: "none" }}
                  data-testid="recommendation-status"
                >
                  {RECOMMENDATION_STATUS_LABELS[r.status][lang]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {r.response ? (
                  <Stack gap={2}>
                    <Text size="sm" lineClamp={4} title={r.response} data-testid="recommendation-response">
                      {r.response}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.respondedOn ? formatDate(r.respondedOn) : ""}
                      {r.evidenceFileIds.length > 0
                        ? ` · ${t("insp.rec.evidenceCount", { count: r.evidenceFileIds.length })}`
                        : ""}
                    </Text>
                  </Stack>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t("insp.rec.noResponse")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.verdict ? (
                  <Stack gap={2}>
                    <Text size="sm" fw={500} c={r.verdict === "resolved" ? "green.8" : "red.8"}>
                      {VERDICT_LABELS[r.verdict][lang]}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(r.verifiedOn)}
                      {r.verificationNote ? ` · ${r.verificationNote}` : ""}
                    </Text>
                  </Stack>
                ) : (
                  <Text size="xs" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              {canVerify && (
                <Table.Td>
                  {/* An answer still in the unit's hands (draft, awaiting its head) is not verified on. */}
                  {isOpenRecommendation(r.status) && r.answerPending && (
                    <Text size="xs" c="dimmed" data-testid="verify-waiting">
                      {t("insp.rec.answerPending")}
                    </Text>
                  )}
                  {isOpenRecommendation(r.status) && !r.answerPending && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setVerifying(r)}
                      data-testid="verify-open"
                    >
                      {t("insp.rec.verify")}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {verifying && <VerifyModal recommendation={verifying} onClose={() => setVerifying(null)} />}
    </Paper>
  );
}
