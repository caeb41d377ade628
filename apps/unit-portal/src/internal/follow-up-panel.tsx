import { Badge, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { InternalRecommendationCloseInput } from "@par/domain";
import { DateInput, formatDate, parseDateInput, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { InternalDetail } from "./detail-types";
import { checkInput, type FieldErrors, serverErrors } from "./form-errors";
import { useInternalRefresh } from "./use-detail-refresh";

type Rec = InternalDetail["recommendations"][number];

/** Follow-up until closed: each recommendation confirmed done with its date and outcome. */
export function FollowUpPanel({ detail }: { detail: InternalDetail }) {
  const { t } = useLang();
  if (detail.recommendations.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="follow-up-panel">
      <Text fw={600} mb="xs">
        {t("portal.internal.detail.followUp")}
      </Text>
      <Stack gap="sm">
        {detail.recommendations.map((r) => (
          <RecRow key={r.id} rec={r} />
        ))}
      </Stack>
    </Paper>
  );
}

function RecRow({ rec }: { rec: Rec }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInternalRefresh();
  const [doneOn, setDoneOn] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const close = useMutation(
    trpc.internal.closeRecommendation.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("portal.internal.detail.closed") });
        await refresh();
      },
      onError: (err) => {
        const e = serverErrors(err, lang);
        setErrors(e.summary ? { note: e.summary } : e.errors);
      },
    }),
  );
  const submit = () => {
    const r = checkInput(
      InternalRecommendationCloseInput,
      { id: rec.id, doneOn: parseDateInput(doneOn) ?? (doneOn || undefined), note },
      lang,
    );
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    close.mutate(r.value);
  };
  return (
    <Paper withBorder p="xs" data-testid="follow-up-rec" data-status={rec.status}>
      <Group gap={6}>
        <Badge
          color={rec.status === "done" ? "teal" : rec.overdue ? "red" : "gray"}
          variant="light"
          tt="none"
        >
          {rec.status === "done"
            ? t("portal.internal.recs.done")
            : rec.overdue
              ? `${t("portal.internal.year.overdue")} ${formatDate(rec.deadline)}`
              : t("portal.internal.year.deadline", { date: formatDate(rec.deadline) })}
        </Badge>
        <Text size="sm">{rec.text}</Text>
      </Group>
      {rec.status === "done" ? (
        <Text size="sm" c="dimmed">
          {t("portal.internal.detail.recDone", {
            date: formatDate(rec.doneOn ?? ""),
            outcome: rec.outcome ?? "",
          })}
        </Text>
      ) : (
        <Group align="flex-start" mt={4} wrap="nowrap">
          <DateInput
            label={t("portal.internal.detail.doneOn")}
            value={doneOn}
            onChange={(e) => setDoneOn(e.currentTarget.value)}
            error={errors.doneOn}
            data-testid="rec-done-on"
          />
          <TextInput
            label={t("portal.internal.detail.outcome")}
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            style={{ flex: 1 }}
            data-testid="rec-outcome"
          />
          <Button mt={25} onClick={submit} loading={close.isPending} data-testid="rec-close">
            {t("portal.internal.detail.close")}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
