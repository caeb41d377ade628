import { Alert, Button, FileButton, Group, Stack, Text, Textarea } from "@mantine/core";
import { responseEvidenceItemCode } from "@par/domain";
import { describeError, fetchWithKey, retryKeys, useLang, useNotify, useTRPC } from "@par/ui";
import { DecisionForm, ResponseDetails, ResponseEvidenceList, type ResponseItem } from "@par/ui/responses";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { responseFieldLabel } from "./response-field-label";

const ACCEPT = "image/jpeg,image/png,image/webp,application/pdf";

/**
 * One recommendation in the portal: the clerk writes and submits the answer while it is a draft or
 * came back; the head approves it or sends it back; otherwise it is read only. The buttons are the
 * steps the server says this user may take (`steps`).
 */
export function ResponseWork({
  item,
  onChanged,
}: {
  item: ResponseItem;
  onChanged: (r: ResponseItem) => void;
}) {
  const { t } = useLang();
  if (item.steps.includes("save")) return <ClerkEditor item={item} onChanged={onChanged} />;
  if (item.steps.includes("approve")) return <HeadReview item={item} onChanged={onChanged} />;
  return (
    <Stack gap="xs">
      <ResponseDetails item={item} />
      {item.reviewState === "submitted" && (
        <Text size="sm" c="dimmed" data-testid="response-locked">
          {t("portal.responses.lockedClerk")}
        </Text>
      )}
    </Stack>
  );
}

function useStep(
  onChanged: (r: ResponseItem) => void,
  setError: (e: { summary: string; fields: Record<string, string> } | null) => void,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const done = (step: string) => async (r: ResponseItem) => {
    setError(null);
    // A submit that went out directly (no head account) says so, not "submitted to the head".
    notify({ message: t(`review.done.${step === "submit" && r.sentDirectly ? "submitDirect" : step}`) });
    onChanged(r);
    await queryClient.invalidateQueries(trpc.responses.page.pathFilter());
  };
  const fail = (err: unknown) => {
    const d = describeError(err, lang, responseFieldLabel(t));
    setError({ summary: d.summary, fields: d.fieldErrors });
  };
  return {
    save: useMutation(trpc.responses.save.mutationOptions({ onSuccess: done("save"), onError: fail })),
    submit: useMutation(trpc.responses.submit.mutationOptions({ onSuccess: done("submit"), onError: fail })),
    approve: useMutation(
      trpc.responses.approve.mutationOptions({ onSuccess: done("approve"), onError: fail }),
    ),
    sendBack: useMutation(
      trpc.responses.sendBack.mutationOptions({ onSuccess: done("send_back"), onError: fail }),
    ),
  };
}

function ClerkEditor({ item, onChanged }: { item: ResponseItem; onChanged: (r: ResponseItem) => void }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [text, setText] = useState(item.response ?? "");
  const [error, setError] = useState<{ summary: string; fields: Record<string, string> } | null>(null);
  const [uploading, setUploading] = useState(false);
  const steps = useStep(onChanged, setError);
  const itemCode = responseEvidenceItemCode(item.id);
  const files = useQuery(trpc.evidence.list.queryOptions({ inspectionId: item.inspectionId, itemCode }));
  const fileIds = (files.data ?? []).map((f) => f.id);

  const upload = async (file: File | null) => {
    if (!file) return;
    if (!ACCEPT.split(",").includes(file.type)) {
      notify({ color: "red", message: t("portal.responses.wrongType", { name: file.name }) });
      return;
    }
    setUploading(true);
    try {
      const body = new FormData();
      body.append("file", file, file.name);
      const key = retryKeys.keyFor("POST /files/response-evidence", {
        recommendationId: item.id,
        name: file.name,
        size: file.size,
        lastModified: file.lastModified,
      });
      const res = await fetchWithKey(key, `/files/response-evidence?recommendationId=${item.id}`, {
        method: "POST",
        body,
        credentials: "same-origin",
      });
      if (!res.ok) {
        const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        const d = describeError({ message: json?.error?.message ?? "", data: { code: "BAD_REQUEST" } }, lang);
        notify({ color: "red", message: d.summary });
        return;
      }
      notify({ message: t("portal.responses.uploaded", { name: file.name }) });
      await queryClient.invalidateQueries(trpc.evidence.list.pathFilter());
    } finally {
      setUploading(false);
    }
  };

  const save = () =>
    steps.save.mutateAsync({ recommendationId: item.id, response: text.trim(), evidenceFileIds: fileIds });
  return (
    <ResponseDetails item={item}>
      <Stack gap="sm" data-testid="response-editor">
        {error && (
          <Alert color="red" role="alert" data-testid="response-error">
            {error.summary}
          </Alert>
        )}
        <Textarea
          label={t("review.response")}
          description={t("portal.responses.responseHint")}
          autosize
          minRows={4}
          maxLength={4000}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
          error={error?.fields.response}
          data-testid="response-input"
        />
        <ResponseEvidenceList item={item} />
        {!item.unitHasHead && (
          <Alert color="orange" data-testid="response-no-head">
            {t("review.noHead")}
          </Alert>
        )}
        <FileButton onChange={(f) => void upload(f)} accept={ACCEPT}>
          {(props) => (
            <Button
              {...props}
              variant="light"
              size="xs"
              w="fit-content"
              loading={uploading}
              data-testid="response-upload"
            >
              {t("portal.responses.upload")}
            </Button>
          )}
        </FileButton>
        <Group justify="flex-end">
          <Button
            variant="default"
            loading={steps.save.isPending}
            onClick={() => void save().catch(() => {})}
            data-testid="response-save"
          >
            {t("review.step.save")}
          </Button>
          <Button
            loading={steps.submit.isPending}
            onClick={() =>
              void save()
                .then(() => steps.submit.mutateAsync({ recommendationId: item.id }))
                .catch(() => {})
            }
            data-testid="response-submit"
          >
            {t(item.unitHasHead ? "review.step.submit" : "review.step.submitDirect")}
          </Button>
        </Group>
      </Stack>
    </ResponseDetails>
  );
}

function HeadReview({ item, onChanged }: { item: ResponseItem; onChanged: (r: ResponseItem) => void }) {
  const { t } = useLang();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<{ summary: string; fields: Record<string, string> } | null>(null);
  const steps = useStep(onChanged, setError);
  return (
    <Stack gap="sm" data-testid="head-review">
      <ResponseDetails item={item} />
      {error && (
        <Alert color="red" role="alert" data-testid="response-error">
          {error.summary}
        </Alert>
      )}
      <DecisionForm
        comment={comment}
        onComment={(text) => {
          setComment(text);
          setError(null);
        }}
        label={t("portal.responses.comment")}
        description={t("portal.responses.commentHint")}
        error={error?.fields.comment}
        commentTestId="head-comment"
        back={{
          label: t("review.step.send_back"),
          pending: steps.sendBack.isPending,
          onClick: () => steps.sendBack.mutate({ recommendationId: item.id, comment: comment.trim() }),
          testId: "head-send-back",
          color: "red",
        }}
        forward={{
          label: t("review.step.approve"),
          pending: steps.approve.isPending,
          onClick: () => steps.approve.mutate({ recommendationId: item.id }),
          testId: "head-approve",
        }}
      />
    </Stack>
  );
}
