import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import type { InspectionStatus } from "@par/domain";
import { defaultDateInYear } from "@par/domain";
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
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { inspectionFieldLabel } from "./field-label";
import { STATUS_LABELS, STEP_ACTIONS, STEP_TEST_IDS } from "./inspection-labels";
import type { InspectionDetail } from "./inspection-types";
import { useInspectionRefresh } from "./use-inspection-refresh";

type Step = keyof typeof STEP_ACTIONS;

/** The steps a button takes; reaching findings_recorded and concluded is done by the checklist and the conclusion. */
function isButtonStep(s: InspectionStatus): s is Step {
  return s in STEP_ACTIONS;
}

/** The lifecycle buttons the API allows now (`nextSteps`), each behind a confirmation. */
export function LifecycleActions({ inspection }: { inspection: InspectionDetail }) {
  const { lang } = useLang();
  const [step, setStep] = useState<Step | null>(null);
  const steps = inspection.nextSteps.filter(isButtonStep);
  if (steps.length === 0) return null;
  return (
    <>
      <Group gap="xs" data-testid="lifecycle-actions">
        {steps.map((s) => (
          <Button
            key={s}
            size="xs"
            variant={s === "cancelled" ? "light" : "filled"}
            color={s === "cancelled" ? "red" : undefined}
            onClick={() => setStep(s)}
            data-testid={STEP_TEST_IDS[s]}
          >
            {STEP_ACTIONS[s][lang]}
          </Button>
        ))}
      </Group>
      {step && <StepModal inspection={inspection} step={step} onClose={() => setStep(null)} />}
    </>
  );
}

function StepModal({
  inspection,
  step,
  onClose,
}: {
  inspection: InspectionDetail;
  step: Step;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInspectionRefresh();
  const { t, lang } = useLang();
  // Without a planned notice date: a day of the inspection's year, not after its first day.
  const [noticeDate, setNoticeDate] = useState(
    formatDate(
      inspection.noticeDate ??
        [defaultDateInYear(inspection.year, todayIso()), inspection.startDate].sort()[0]!,
    ),
  );
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ summary: string; fields: Record<string, string> } | null>(null);

  // For the notice: the latest date the rules allow (R4), from the server's dry run.
  const dry = useQuery({
    ...trpc.inspections.checkSchedule.queryOptions({
      inspectionId: inspection.id,
      startDate: inspection.startDate,
      endDate: inspection.endDate,
    }),
    enabled: step === "notified",
  });

  const options = {
    onSuccess: async () => {
      notify({
        message: t("insp.step.done", {
          status: STATUS_LABELS[step === "notified" ? "notified" : step][lang],
        }),
      });
      await refresh();
      onClose();
    },
    onError: (err: unknown) => {
      const d = describeError(err, lang, inspectionFieldLabel(t));
      setError({ summary: d.summary, fields: d.fieldErrors });
    },
  };
  const schedule = useMutation(trpc.inspections.schedule.mutationOptions(options));
  const notifyStep = useMutation(trpc.inspections.notify.mutationOptions(options));
  const start = useMutation(trpc.inspections.start.mutationOptions(options));
  const close = useMutation(trpc.inspections.close.mutationOptions(options));
  const cancel = useMutation(trpc.inspections.cancel.mutationOptions(options));
  const pending = [schedule, notifyStep, start, close, cancel].some((m) => m.isPending);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const id = inspection.id;
    if (step === "scheduled") schedule.mutate({ id });
    else if (step === "in_progress") start.mutate({ id });
    else if (step === "closed") close.mutate({ id });
    else if (step === "notified") {
      const iso = parseDateInput(noticeDate);
      if (!iso)
        return setError({
          summary: t("common.invalidDate"),
          fields: { noticeDate: t("common.invalidDate") },
        });
      notifyStep.mutate({ id, noticeDate: iso });
    } else if (step === "cancelled") {
      if (reason.trim().length < 3)
        return setError({
          summary: t("insp.step.reasonRequired"),
          fields: { reason: t("insp.step.reasonRequired") },
        });
      cancel.mutate({ id, reason: reason.trim() });
    }
  };

  return (
    <Modal opened onClose={onClose} title={STEP_ACTIONS[step][lang]} size="md">
      <form onSubmit={submit} noValidate data-testid="step-confirm">
        <Stack gap="sm">
          <Text size="sm">{t(`insp.step.confirm.${step}`, { name: inspection.targetUnit.name })}</Text>
          {step === "notified" && (
            <>
              <DateInput
                label={t("insp.field.noticeDate")}
                required
                value={noticeDate}
                onChange={(e) => setNoticeDate(e.currentTarget.value)}
                error={error?.fields.noticeDate}
                data-testid="notice-date"
              />
              {dry.data?.latestNoticeDate && (
                <Text size="xs" c="dimmed">
                  {t("insp.create.latestNotice", { date: formatDate(dry.data.latestNoticeDate) })}
                </Text>
              )}
            </>
          )}
          {step === "closed" && inspection.carryForward.note && (
            // R10: from the API (inspections.get), not worked out here.
            <Alert color="orange" variant="light" data-testid="close-carry-forward">
              <Text size="sm" fw={600} mb={4}>
                {inspection.carryForward.note[lang]}
              </Text>
              <List size="sm" spacing={2}>
                {inspection.carryForward.recommendations.map((r) => (
                  <List.Item key={r.id}>
                    {r.text}{" "}
                    <Text span size="xs" c="dimmed">
                      ({t("insp.rec.deadline")} {formatDate(r.deadline)})
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {step === "cancelled" && (
            <Textarea
              label={t("insp.field.reason")}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={error?.fields.reason}
              data-testid="cancel-reason"
            />
          )}
          {error && (
            <Alert color="red" role="alert" data-testid="step-error">
              {error.summary}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.back")}
            </Button>
            <Button
              type="submit"
              loading={pending}
              color={step === "cancelled" ? "red" : undefined}
              data-testid="step-submit"
            >
              {STEP_ACTIONS[step][lang]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
