import { Alert, Button, Group, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { InternalConcludeInput } from "@par/domain";
import { DateInput, parseDateInput, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { InternalDetail } from "./detail-types";
import { checkInput, type FieldErrors, serverErrors } from "./form-errors";
import { useInternalRefresh } from "./use-detail-refresh";

interface RecDraft {
  text: string;
  deadline: string;
}

/** The conclusion notice: the day of the visit, its number, the summary and recommendations with deadlines. */
export function ConclusionPanel({ detail }: { detail: InternalDetail }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInternalRefresh();
  const [conductedOn, setConductedOn] = useState("");
  const [noticeNumber, setNoticeNumber] = useState("");
  const [summaryText, setSummaryText] = useState("");
  const [recs, setRecs] = useState<RecDraft[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const conclude = useMutation(
    trpc.internal.conclude.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("portal.internal.detail.concluded") });
        await refresh();
      },
      onError: (err) => {
        const e = serverErrors(err, lang);
        setErrors(e.errors);
        setSummary(e.summary);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSummary(null);
    const date = (s: string) => parseDateInput(s) ?? (s || undefined);
    const r = checkInput(
      InternalConcludeInput,
      {
        id: detail.id,
        conductedOn: date(conductedOn),
        noticeNumber,
        summary: summaryText,
        recommendations: recs.map((x) => ({ text: x.text, deadline: date(x.deadline) })),
      },
      lang,
    );
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    conclude.mutate(r.value);
  };
  const edit = (i: number, patch: Partial<RecDraft>) => {
    setRecs((rs) => rs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
    setErrors(({ recommendations: _, deadline: __, ...rest }) => rest);
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="conclusion-panel">
      <Text fw={600} mb="xs">
        {t("portal.internal.detail.conclusion")}
      </Text>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <DateInput
            label={t("portal.internal.detail.conductedOn")}
            value={conductedOn}
            onChange={(e) => setConductedOn(e.currentTarget.value)}
            error={errors.conductedOn}
            data-testid="conclude-date"
          />
          <TextInput
            label={t("portal.internal.detail.noticeNumber")}
            value={noticeNumber}
            maxLength={50}
            onChange={(e) => setNoticeNumber(e.currentTarget.value)}
            error={errors.noticeNumber}
            data-testid="conclude-number"
          />
        </Group>
        <Textarea
          label={t("portal.internal.detail.summary")}
          value={summaryText}
          maxLength={4000}
          autosize
          minRows={2}
          onChange={(e) => setSummaryText(e.currentTarget.value)}
          error={errors.summary}
          data-testid="conclude-summary"
        />
        <Text size="sm" fw={600}>
          {t("portal.internal.detail.recs")}
        </Text>
        {recs.map((x, i) => (
          <Group key={i} align="flex-start" wrap="nowrap" data-testid="conclude-rec">
            <TextInput
              aria-label={t("portal.internal.detail.recText")}
              placeholder={t("portal.internal.detail.recText")}
              value={x.text}
              maxLength={2000}
              onChange={(e) => edit(i, { text: e.currentTarget.value })}
              style={{ flex: 1 }}
              data-testid="rec-text"
            />
            <DateInput
              aria-label={t("portal.internal.detail.recDeadline")}
              value={x.deadline}
              onChange={(e) => edit(i, { deadline: e.currentTarget.value })}
              data-testid="rec-deadline"
            />
            <Button
              variant="subtle"
              color="gray"
              onClick={() => setRecs((rs) => rs.filter((_, j) => j !== i))}
            >
              {t("portal.internal.detail.removeMember")}
            </Button>
          </Group>
        ))}
        {(errors.recommendations || errors.deadline) && (
          <Text size="sm" c="red" data-testid="conclude-recs-error">
            {errors.recommendations ?? errors.deadline}
          </Text>
        )}
        {(summary || errors.id) && (
          <Alert color="red" data-testid="conclude-error">
            {summary ?? errors.id}
          </Alert>
        )}
        <Group>
          <Button
            variant="light"
            onClick={() => setRecs((rs) => [...rs, { text: "", deadline: "" }])}
            disabled={recs.length >= 30}
            data-testid="rec-add"
          >
            {t("portal.internal.detail.addRec")}
          </Button>
          <Button type="submit" loading={conclude.isPending} data-testid="conclude-save">
            {t("portal.internal.detail.conclude")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
