import { Anchor, Button, FileButton, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import type { ReviewStep } from "@par/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "../errors/error-message";
import { formatDateTime } from "../format/date";
import { useLang } from "../i18n/use-lang";
import { useScreenDictionary } from "../i18n/use-screen-dictionary";
import { useNotify } from "../notify/notifications";
import { ReviewStateBadge, stateOfItem } from "../responses/review-state-badge";
import { useTRPC, useTRPCClient } from "../trpc/trpc";
import { REMINDER_ANSWER_DICTIONARY } from "./reminder-answer-dictionary";
import { uploadReminderFile } from "./upload-reminder-file";

export type ReminderItem = RouterOutputs["camera"]["reminders"]["items"][number];

/**
 * The unit's answer to a camera reminder through the review loop (issue 10 §7), as each party sees it:
 * the clerk writes it and attaches evidence, the head approves or sends it back, a reviewer or Sở Nội
 * vụ accepts or returns it. The buttons are exactly the steps the server says this user may take.
 */
export function ReminderAnswerPanel({ reminder }: { reminder: ReminderItem }) {
  useScreenDictionary(REMINDER_ANSWER_DICTIONARY);
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [response, setResponse] = useState(reminder.response ?? "");
  const [comment, setComment] = useState("");
  const [uploading, setUploading] = useState(false);
  const steps = new Set(reminder.steps as ReviewStep[]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.camera.reminders.pathKey() });
  const id = { reminderId: reminder.id };
  const run = useMutation({
    mutationFn: async (step: ReviewStep) => {
      if (step === "save") return client.camera.reminderSave.mutate({ ...id, response });
      if (step === "submit") return client.camera.reminderSubmit.mutate(id);
      if (step === "approve") return client.camera.reminderApprove.mutate(id);
      if (step === "send_back") return client.camera.reminderSendBack.mutate({ ...id, comment });
      if (step === "return") return client.camera.reminderReturn.mutate({ ...id, comment });
      return client.camera.reminderAccept.mutate(id);
    },
    onSuccess: (_r, step) => {
      notify({ message: t(`review.done.${step}`) });
      setComment("");
      void refresh();
    },
  });
  const error = run.error ? describeError(run.error, lang) : null;
  const fieldError = (f: string) => error?.fieldErrors[f];
  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    const failed = await uploadReminderFile(reminder.id, file, lang);
    setUploading(false);
    if (failed) notify({ color: "red", message: failed });
    else {
      notify({ message: t("reminderAnswer.uploaded", { name: file.name }) });
      void refresh();
    }
  };
  const canWrite = steps.has("save");
  const sendsBack = steps.has("send_back") || steps.has("return");
  return (
    <Paper withBorder p="sm" data-testid="reminder-answer">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t("reminderAnswer.title")}</Text>
          <ReviewStateBadge state={stateOfItem(reminder)} />
        </Group>
        {reminder.comments.length > 0 && (
          <Stack gap={2} data-testid="reminder-comments">
            <Text size="sm" fw={600}>
              {t("reminderAnswer.comments")}
            </Text>
            {reminder.comments.map((c) => (
              <Text key={`${c.at}-${c.by}`} size="sm" c="red.8">
                {formatDateTime(c.at)} · {t(`reminderAnswer.by.${c.by}`)} ({c.author}): {c.text}
              </Text>
            ))}
          </Stack>
        )}
        {canWrite ? (
          <Textarea
            label={t("reminderAnswer.response")}
            placeholder={t("reminderAnswer.responsePlaceholder")}
            autosize
            minRows={3}
            maxLength={4000}
            value={response}
            onChange={(e) => setResponse(e.currentTarget.value)}
            error={fieldError("response")}
            data-testid="reminder-response"
          />
        ) : (
          <Text size="sm" c={reminder.response ? undefined : "dimmed"} data-testid="reminder-response-text">
            {reminder.response ?? t("reminderAnswer.noResponse")}
          </Text>
        )}
        <Group gap="xs" align="center">
          <Text size="sm" fw={600}>
            {t("reminderAnswer.files")}:
          </Text>
          {reminder.files.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("reminderAnswer.noFiles")}
            </Text>
          )}
          {reminder.files.map((f) => (
            <Anchor
              key={f.id}
              href={f.url}
              target="_blank"
              rel="noreferrer"
              size="sm"
              data-testid="reminder-file"
            >
              {f.fileName}
            </Anchor>
          ))}
          {canWrite && (
            <FileButton
              onChange={(f) => void upload(f)}
              accept="image/jpeg,image/png,image/webp,application/pdf"
            >
              {(props) => (
                <Button
                  {...props}
                  size="compact-sm"
                  variant="light"
                  loading={uploading}
                  data-testid="reminder-add-file"
                >
                  {t("reminderAnswer.addFile")}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        {sendsBack && (
          <Textarea
            label={t("reminderAnswer.comment")}
            placeholder={t("reminderAnswer.commentPlaceholder")}
            autosize
            minRows={2}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={fieldError("comment") ?? fieldError("comments")}
            data-testid="reminder-comment"
          />
        )}
        {error && Object.keys(error.fieldErrors).length === 0 && (
          <Text size="sm" c="red">
            {error.message}
          </Text>
        )}
        {steps.size > 0 && (
          <Group gap="xs" justify="flex-end">
            {(["save", "submit", "send_back", "approve", "return", "accept"] as const)
              .filter((s) => steps.has(s))
              .map((s) => (
                <Button
                  key={s}
                  size="sm"
                  variant={s === "save" || s === "send_back" || s === "return" ? "default" : "filled"}
                  color={s === "send_back" || s === "return" ? "red" : undefined}
                  loading={run.isPending && run.variables === s}
                  onClick={() => run.mutate(s)}
                  data-testid={`reminder-step-${s}`}
                >
                  {t(`review.step.${s}`)}
                </Button>
              ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
