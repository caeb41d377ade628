import { Alert, Grid, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import type { ReviewState } from "@par/domain";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { DecisionForm, ResponseDetails, type ResponseItem, ResponsesTable } from "@par/ui/responses";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

type Tab = Extract<ReviewState, "approved" | "returned" | "accepted">;

/** `?open=<id>`: the recommendation a notification of the inbox points at. */
function linkedId(): number | null {
  const raw = new URLSearchParams(window.location.search).get("open");
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/** Home Affairs' verification queue: responses the units' heads sent, paged, one opened beside the list. */
export function VerifyResponsesPage() {
  const { t } = useLang();
  const trpc = useTRPC();
  const [tab, setTab] = useState<Tab>("approved");
  const [selected, setSelected] = useState<ResponseItem | null>(null);
  const [openId] = useState(linkedId);
  // A link from the inbox opens its item beside the list, on the tab of its state.
  const linked = useQuery({
    ...trpc.responses.page.queryOptions({ recommendationId: openId ?? 1, limit: 1 }),
    enabled: openId !== null,
  });
  const first = linked.data?.items[0];
  useEffect(() => {
    if (!first) return;
    setSelected(first);
    if (first.reviewState === "returned" || first.reviewState === "accepted") setTab(first.reviewState);
  }, [first]);
  return (
    <Stack gap="md" data-testid="verify-responses-page">
      <div>
        <Title order={2}>{t("verifyResponses.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("verifyResponses.subtitle")}
        </Text>
      </div>
      <SegmentedControl
        w={480}
        value={tab}
        onChange={(v) => {
          setTab(v as Tab);
          setSelected(null);
        }}
        data={[
          { value: "approved", label: t("verifyResponses.waiting") },
          { value: "returned", label: t("verifyResponses.returned") },
          { value: "accepted", label: t("verifyResponses.accepted") },
        ]}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ResponsesTable filter={{ state: tab }} selectedId={selected?.id ?? null} onOpen={setSelected} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {selected ? (
            <VerifyResponse key={selected.id} item={selected} onChanged={setSelected} />
          ) : (
            <Text c="dimmed" size="sm">
              {t("review.pick")}
            </Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function VerifyResponse({ item, onChanged }: { item: ResponseItem; onChanged: (r: ResponseItem) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<{ summary: string; field?: string } | null>(null);
  const done = (step: "return" | "accept") => async (r: ResponseItem) => {
    setError(null);
    notify({ message: t(`review.done.${step}`) });
    onChanged(r);
    await queryClient.invalidateQueries(trpc.responses.page.pathFilter());
  };
  const fail = (err: unknown) => {
    const d = describeError(err, lang, () => t("review.commentField"));
    setError({ summary: d.summary, ...(d.fieldErrors.comment ? { field: d.fieldErrors.comment } : {}) });
  };
  const ret = useMutation(
    trpc.responses.return.mutationOptions({ onSuccess: done("return"), onError: fail }),
  );
  const accept = useMutation(
    trpc.responses.accept.mutationOptions({ onSuccess: done("accept"), onError: fail }),
  );
  const can = (s: string) => item.steps.includes(s);
  return (
    <Stack gap="sm" data-testid="verify-response">
      <ResponseDetails item={item} />
      {error && (
        <Alert color="red" role="alert" data-testid="verify-response-error">
          {error.summary}
        </Alert>
      )}
      {(can("return") || can("accept")) && (
        <DecisionForm
          comment={comment}
          onComment={(text) => {
            setComment(text);
            setError(null);
          }}
          label={t("verifyResponses.comment")}
          description={t("verifyResponses.commentHint")}
          error={error?.field}
          commentTestId="verify-comment"
          back={{
            label: t("review.step.return"),
            pending: ret.isPending,
            onClick: () => ret.mutate({ recommendationId: item.id, comment: comment.trim() }),
            testId: "verify-return",
          }}
          forward={{
            label: t("review.step.accept"),
            pending: accept.isPending,
            onClick: () => accept.mutate({ recommendationId: item.id }),
            testId: "verify-accept",
            color: "green",
          }}
        />
      )}
    </Stack>
  );
}
