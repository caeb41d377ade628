import { Anchor, Divider, Group, Paper, Stack, Text } from "@mantine/core";
import { responseEvidenceItemCode } from "@par/domain";
import { useQuery } from "@tanstack/react-query";
import { formatDate, formatDateTime } from "../format/date";
import { useLang } from "../i18n/use-lang";
import { useTRPC } from "../trpc/trpc";
import type { ResponseItem } from "./response-types";
import { ReviewStateBadge, stateOfItem } from "./review-state-badge";

/** The files uploaded with a response (its follow-up item of the inspection), as links that open them. */
export function ResponseEvidenceList({ item }: { item: ResponseItem }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const files = useQuery(
    trpc.evidence.list.queryOptions({
      inspectionId: item.inspectionId,
      itemCode: responseEvidenceItemCode(item.id),
    }),
  );
  const list = files.data ?? [];
  return (
    <Stack gap={2} data-testid="response-evidence">
      <Text size="sm" fw={500}>
        {t("review.evidence")}
      </Text>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("review.noEvidence")}
        </Text>
      ) : (
        list.map((f) => (
          <Anchor key={f.id} href={f.url} target="_blank" size="sm" data-testid="response-evidence-file">
            {f.fileName}
          </Anchor>
        ))
      )}
    </Stack>
  );
}

/** A recommendation and where its response stands: what every party of the loop reads. */
export function ResponseDetails({ item, children }: { item: ResponseItem; children?: React.ReactNode }) {
  const { t } = useLang();
  return (
    <Paper withBorder p="md" data-testid="response-details">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} data-testid="response-recommendation">
            {item.text}
          </Text>
          <ReviewStateBadge state={stateOfItem(item)} />
        </Group>
        <Text size="sm" c="dimmed">
          {item.unitName} ·{" "}
          {t("review.conclusionOf", { number: item.conclusionNumber, date: formatDate(item.conclusionDate) })}
        </Text>
        <Text size="sm">
          {t("review.deadline")}: <b>{formatDate(item.deadline)}</b>
          {item.overdue ? ` · ${t("review.overdue")}` : ""}
        </Text>
        {item.comments.length > 0 && item.reviewState === "returned" && (
          <Paper bg="red.0" p="sm" data-testid="response-comments">
            <Text size="sm" fw={500}>
              {t("review.comments")}
            </Text>
            {item.comments.map((c) => (
              <Text size="sm" key={`${c.at}-${c.by}`} style={{ whiteSpace: "pre-wrap" }}>
                {t(`review.commentBy.${c.by}`)} ({c.author}, {formatDateTime(c.at)}): {c.text}
              </Text>
            ))}
          </Paper>
        )}
        <Divider />
        {children ?? (
          <>
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t("review.response")}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="response-text">
                {item.response ?? t("review.noResponse")}
              </Text>
            </Stack>
            <ResponseEvidenceList item={item} />
          </>
        )}
        {item.sentDirectly && (
          <Text size="xs" c="orange.8" data-testid="response-sent-directly">
            {t("review.sentDirectly")}
          </Text>
        )}
        {(item.submittedBy || item.approvedBy) && (
          <Text size="xs" c="dimmed">
            {item.submittedBy ? t("review.submittedBy", { name: item.submittedBy }) : ""}
            {item.approvedBy && item.approvedAt
              ? ` · ${t(item.sentDirectly ? "review.sentDirectlyBy" : "review.approvedBy", { name: item.approvedBy, date: formatDateTime(item.approvedAt) })}`
              : ""}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
