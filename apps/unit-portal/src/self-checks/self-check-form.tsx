import {
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { RATING_LABELS, RATINGS, type Rating } from "@par/domain";
import { describeError, formatDate, QueryError, useLang, useNotify, useTRPC } from "@par/ui";
import { DecisionForm, ReviewStateBadge, type SelfCheckReport, SelfCheckTable } from "@par/ui/responses";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { EVIDENCE_ACCEPT, uploadSelfCheckFile } from "./self-check-upload";

type Draft = Record<string, { rating: Rating | null; note: string; justification: string }>;

/** One inspection's self-check report: the clerk rates and submits, the head approves; else read only. */
export function SelfCheckPage({ inspectionId }: { inspectionId: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const report = useQuery(trpc.selfChecks.get.queryOptions({ inspectionId }));
  if (report.isPending) return null;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <Stack gap="md" data-testid="self-check-page">
      <Anchor component={Link} href="/self-checks" size="sm">
        {t("portal.selfChecks.back")}
      </Anchor>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t("portal.selfChecks.title")}</Title>
          <Text c="dimmed" size="sm">
            {r.inspection.unitName} · {formatDate(r.inspection.startDate)}
            {r.inspection.endDate !== r.inspection.startDate ? ` – ${formatDate(r.inspection.endDate)}` : ""}
          </Text>
        </div>
        <ReviewStateBadge state={r.started ? r.state : "draft"} />
      </Group>
      {r.comments.length > 0 && r.state === "returned" && (
        <Paper bg="red.0" p="sm" data-testid="self-check-comments">
          <Text size="sm" fw={500}>
            {t("review.comments")}
          </Text>
          {r.comments.map((c) => (
            <Text size="sm" key={`${c.at}-${c.item ?? ""}`}>
              {c.item ? `${c.item}: ` : ""}
              {c.text} ({t(`review.commentBy.${c.by}`)})
            </Text>
          ))}
        </Paper>
      )}
      {r.sentDirectly && (
        <Text size="sm" c="orange.8" data-testid="self-check-sent-directly">
          {t("review.sentDirectly")}
        </Text>
      )}
      {r.steps.includes("save") ? (
        <ClerkForm report={r} />
      ) : (
        <>
          {!r.writable && <Alert color="gray">{t("portal.selfChecks.closed")}</Alert>}
          <SelfCheckTable report={r} />
          {r.steps.includes("approve") && <HeadSteps inspectionId={inspectionId} />}
        </>
      )}
    </Stack>
  );
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.selfChecks.get.pathFilter()),
      queryClient.invalidateQueries(trpc.selfChecks.page.pathFilter()),
    ]);
}

function ClerkForm({ report }: { report: SelfCheckReport }) {
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useRefresh();
  const { t, lang } = useLang();
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      report.checklist.map((c) => {
        const i = report.items.find((x) => x.itemCode === c.code);
        return [
          c.code,
          { rating: i?.rating ?? null, note: i?.note ?? "", justification: i?.justification ?? "" },
        ];
      }),
    ),
  );
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) =>
    setError(describeError(err, lang, () => t("portal.selfChecks.rating")).summary);
  const save = useMutation(trpc.selfChecks.save.mutationOptions({ onError: fail }));
  const submit = useMutation(trpc.selfChecks.submit.mutationOptions({ onError: fail }));
  const set = (code: string, patch: Partial<Draft[string]>) => {
    setDraft((d) => ({ ...d, [code]: { ...d[code]!, ...patch } }));
    setError(null);
  };
  const items = () =>
    Object.entries(draft).flatMap(([itemCode, v]) =>
      v.rating
        ? [{ itemCode, rating: v.rating, note: v.note.trim(), justification: v.justification.trim() }]
        : [],
    );
  const doSave = async () => {
    await save.mutateAsync({ inspectionId: report.inspection.id, items: items() });
    setError(null);
  };
  const upload = async (code: string, file: File | null) => {
    if (!file) return;
    const err = await uploadSelfCheckFile(
      report.inspection.id,
      code,
      file,
      lang,
      t("portal.responses.wrongType", { name: file.name }),
    );
    if (err) notify({ color: "red", message: err });
    else notify({ message: t("portal.responses.uploaded", { name: file.name }) });
    await refresh();
  };
  return (
    <Stack gap="sm" data-testid="self-check-form">
      {report.checklist.map((c) => {
        const v = draft[c.code]!;
        const files = report.evidence.filter((f) => f.itemCode === c.code);
        return (
          <Paper withBorder p="sm" key={c.code} data-testid="self-check-item" data-item={c.code}>
            <Text size="sm" fw={500} mb={6}>
              {c.code}. {lang === "vi" ? c.vi : c.en}
            </Text>
            <SegmentedControl
              size="xs"
              value={v.rating ?? ""}
              onChange={(x) => set(c.code, { rating: x as Rating })}
              data={RATINGS.map((rt) => ({ value: rt, label: RATING_LABELS[rt][lang] }))}
              data-testid="self-check-rating-input"
            />
            <Group grow align="flex-start" mt={6}>
              <Textarea
                size="xs"
                label={t("portal.selfChecks.justification")}
                autosize
                minRows={1}
                maxLength={2000}
                value={v.justification}
                onChange={(e) => set(c.code, { justification: e.currentTarget.value })}
                data-testid="self-check-justification"
              />
              <Textarea
                size="xs"
                label={t("portal.selfChecks.note")}
                autosize
                minRows={1}
                maxLength={2000}
                value={v.note}
                onChange={(e) => set(c.code, { note: e.currentTarget.value })}
              />
            </Group>
            <Group gap="xs" mt={6}>
              {files.map((f) => (
                <Anchor key={f.id} href={f.url} target="_blank" size="xs" data-testid="self-check-file">
                  {f.fileName}
                </Anchor>
              ))}
              <FileButton onChange={(f) => void upload(c.code, f)} accept={EVIDENCE_ACCEPT}>
                {(props) => (
                  <Button {...props} size="compact-xs" variant="light" data-testid="self-check-upload">
                    {t("portal.selfChecks.upload")}
                  </Button>
                )}
              </FileButton>
            </Group>
          </Paper>
        );
      })}
      {error && (
        <Alert color="red" role="alert" data-testid="self-check-error">
          {error}
        </Alert>
      )}
      {!report.unitHasHead && (
        <Alert color="orange" data-testid="self-check-no-head">
          {t("review.noHead")}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          variant="default"
          loading={save.isPending}
          onClick={() =>
            void doSave()
              .then(() => notify({ message: t("review.done.save") }))
              .then(refresh)
              .catch(() => {})
          }
          data-testid="self-check-save"
        >
          {t("review.step.save")}
        </Button>
        <Button
          loading={submit.isPending}
          onClick={() =>
            void doSave()
              .then(() => submit.mutateAsync({ inspectionId: report.inspection.id }))
              .then(() =>
                notify({
                  message: t(report.unitHasHead ? "review.done.submit" : "review.done.submitDirect"),
                }),
              )
              .then(refresh)
              .catch(() => {})
          }
          data-testid="self-check-submit"
        >
          {t(report.unitHasHead ? "review.step.submit" : "review.step.submitDirect")}
        </Button>
      </Group>
    </Stack>
  );
}

function HeadSteps({ inspectionId }: { inspectionId: number }) {
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useRefresh();
  const { t, lang } = useLang();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => setError(describeError(err, lang, () => t("review.commentField")).summary);
  const ok = (step: "approve" | "send_back") => async () => {
    notify({ message: t(`review.done.${step}`) });
    await refresh();
  };
  const approve = useMutation(
    trpc.selfChecks.approve.mutationOptions({ onSuccess: ok("approve"), onError: fail }),
  );
  const sendBack = useMutation(
    trpc.selfChecks.sendBack.mutationOptions({ onSuccess: ok("send_back"), onError: fail }),
  );
  return (
    <Stack gap="xs" data-testid="self-check-head">
      {error && <Alert color="red">{error}</Alert>}
      <DecisionForm
        comment={comment}
        onComment={(text) => {
          setComment(text);
          setError(null);
        }}
        label={t("review.commentField")}
        commentTestId="self-check-head-comment"
        back={{
          label: t("review.step.send_back"),
          pending: sendBack.isPending,
          onClick: () => sendBack.mutate({ inspectionId, comments: [{ text: comment.trim() }] }),
          testId: "self-check-send-back",
        }}
        forward={{
          label: t("review.step.approve"),
          pending: approve.isPending,
          onClick: () => approve.mutate({ inspectionId }),
          testId: "self-check-approve",
        }}
      />
    </Stack>
  );
}
