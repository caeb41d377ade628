import { Alert, Group, Paper, Stack, Text } from "@mantine/core";
import { RATING_LABELS } from "@par/domain";
import { describeError, QueryError, useLang, useNotify, useTRPC } from "@par/ui";
import { DecisionForm, ReviewStateBadge, SelfCheckTable } from "@par/ui/responses";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { InspectionDetail } from "../inspections/inspection-types";

/**
 * The unit's self-check report (báo cáo tự kiểm tra) beside the team's own findings, item by item; the
 * team accepts it or returns it with a comment.
 */
export function SelfCheckPanel({ inspection }: { inspection: InspectionDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const report = useQuery(trpc.selfChecks.get.queryOptions({ inspectionId: inspection.id }));
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const done = (step: "return" | "accept") => async () => {
    setError(null);
    notify({ message: t(`review.done.${step}`) });
    await queryClient.invalidateQueries(trpc.selfChecks.get.pathFilter());
  };
  const fail = (err: unknown) => setError(describeError(err, lang, () => t("review.commentField")).summary);
  const ret = useMutation(
    trpc.selfChecks.return.mutationOptions({ onSuccess: done("return"), onError: fail }),
  );
  const accept = useMutation(
    trpc.selfChecks.accept.mutationOptions({ onSuccess: done("accept"), onError: fail }),
  );
  if (report.isPending) return null;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const findings = new Map(inspection.findings.map((f) => [f.itemCode, f]));
  const sent = r.state === "approved" || r.state === "accepted" || (r.started && r.state === "returned");
  return (
    <Paper withBorder p="md" data-testid="self-check-panel">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t("selfCheckAdmin.title")}</Text>
        {r.started && <ReviewStateBadge state={r.state} />}
      </Group>
      {!sent ? (
        <Text size="sm" c="dimmed" data-testid="self-check-none">
          {t("review.selfCheck.noReport")}
        </Text>
      ) : (
        <Stack gap="sm">
          {r.sentDirectly && (
            <Text size="sm" c="orange.8" data-testid="self-check-sent-directly">
              {t("review.sentDirectly")}
            </Text>
          )}
          <SelfCheckTable
            report={r}
            extra={{
              header: t("review.selfCheck.teamFinding"),
              render: (code) => {
                const f = findings.get(code);
                return f ? RATING_LABELS[f.rating][lang] : "—";
              },
            }}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {r.steps.includes("accept") && (
            <DecisionForm
              comment={comment}
              onComment={(text) => {
                setComment(text);
                setError(null);
              }}
              label={t("review.commentField")}
              commentTestId="self-check-comment"
              back={{
                label: t("review.step.return"),
                pending: ret.isPending,
                onClick: () =>
                  ret.mutate({ inspectionId: inspection.id, comments: [{ text: comment.trim() }] }),
                testId: "self-check-return",
              }}
              forward={{
                label: t("review.step.accept"),
                pending: accept.isPending,
                onClick: () => accept.mutate({ inspectionId: inspection.id }),
                testId: "self-check-accept",
                color: "green",
              }}
            />
          )}
        </Stack>
      )}
    </Paper>
  );
}
