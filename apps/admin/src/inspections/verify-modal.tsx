import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { VERDICT_LABELS, VERDICTS, VerifyRecommendationInput } from "@par/domain";
import {
  DateInput,
  describeError,
  formatDate,
  parseDateInput,
  todayIso,
  useLang,
  useNotify,
  useTRPC,
} from "@par/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { check, type FieldErrors, withoutField } from "../units/form-errors";
import { inspectionFieldLabel } from "./field-label";
import type { Recommendation } from "./inspection-types";
import { useInspectionRefresh } from "./use-inspection-refresh";

type Verdict = (typeof VERDICTS)[number];

/** The province's verification of one recommendation (recommendations.verify). */
export function VerifyModal({
  recommendation: r,
  onClose,
}: {
  recommendation: Recommendation;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInspectionRefresh();
  const { t, lang } = useLang();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [verifiedOn, setVerifiedOn] = useState(formatDate(todayIso()));
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const verify = useMutation(
    trpc.recommendations.verify.mutationOptions({
      onSuccess: async (_res, input) => {
        notify({ message: t("insp.rec.verified", { verdict: VERDICT_LABELS[input.verdict][lang] }) });
        await refresh();
        onClose();
      },
      onError: (err) => {
        const d = describeError(err, lang, inspectionFieldLabel(t));
        setErrors(d.fieldErrors);
        setAlert(d.summary);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const iso = parseDateInput(verifiedOn);
    const result = check(
      VerifyRecommendationInput,
      {
        recommendationId: r.id,
        verdict: verdict ?? undefined,
        verifiedOn: iso ?? undefined,
        note: note.trim(),
      },
      lang,
    );
    const all: FieldErrors = { ...(result.errors ?? {}) };
    if (iso === null) all.verifiedOn = t("common.invalidDate");
    if (!verdict) all.verdict = t("insp.rec.verdictRequired");
    setErrors(all);
    setAlert(Object.keys(all).length > 0 ? t("insp.checkFields") : null);
    if (result.data && Object.keys(all).length === 0) verify.mutate(result.data);
  };
  return (
    <Modal opened onClose={onClose} title={t("insp.rec.verifyTitle")} size="lg">
      <form onSubmit={submit} noValidate data-testid="verify-form">
        <Stack gap="sm">
          <Text size="sm" fw={500}>
            {r.text}
          </Text>
          <Text size="sm" c="dimmed">
            {t("insp.rec.deadline")}: {formatDate(r.deadline)}
          </Text>
          <div>
            <Text size="sm" fw={500}>
              {t("insp.rec.response")}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="verify-response">
              {r.response ?? t("insp.rec.noResponse")}
            </Text>
          </div>
          {alert && (
            <Alert color="red" role="alert" data-testid="verify-error">
              {alert}
            </Alert>
          )}
          <Radio.Group
            label={t("insp.rec.verdict")}
            required
            value={verdict}
            onChange={(v) => setVerdict(v as Verdict)}
            error={errors.verdict}
          >
            <Group mt={4}>
              {VERDICTS.map((v) => (
                <Radio key={v} value={v} label={VERDICT_LABELS[v][lang]} data-testid={`verdict-${v}`} />
              ))}
            </Group>
          </Radio.Group>
          <DateInput
            label={t("insp.rec.verifiedOn")}
            required
            value={verifiedOn}
            onChange={(e) => {
              setVerifiedOn(e.currentTarget.value);
              setErrors((er) => withoutField(er, "verifiedOn"));
            }}
            error={errors.verifiedOn}
            data-testid="verify-date"
          />
          <Textarea
            label={t("insp.rec.verifyNote")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              setErrors((er) => withoutField(er, "note"));
            }}
            error={errors.note}
            data-testid="verify-note"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={verify.isPending} data-testid="verify-submit">
              {t("insp.rec.verifySubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
