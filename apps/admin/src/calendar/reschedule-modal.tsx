import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { DateInput, describeError, formatDate, parseDateInput, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { planFieldLabel } from "../year/plan-field-label";
import type { CalendarInspection } from "./inspection-chip";
import { ScheduleVerdicts } from "./schedule-verdicts";

export interface RescheduleTarget {
  inspection: CalendarInspection;
  /** Dates proposed by a drop on the calendar; the inspection's own dates otherwise. */
  startDate: string;
  endDate: string;
  /** "schedule": a draft is also moved to scheduled (inspections.schedule) after the dates are saved. */
  mode: "reschedule" | "schedule";
}

/**
 * New dates for an inspection. The domain's checks run as the dates change (inspections.checkSchedule,
 * nothing saved) and are shown before saving; saving calls inspections.reschedule (and schedule).
 */
export function RescheduleModal({ target, onClose }: { target: RescheduleTarget; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const i = target.inspection;
  const [start, setStart] = useState(formatDate(target.startDate));
  const [end, setEnd] = useState(formatDate(target.endDate));
  const [notice, setNotice] = useState(formatDate(i.noticeDate));
  const [error, setError] = useState<string | null>(null);
  const announced = i.form === "announced";

  const startIso = parseDateInput(start);
  const endIso = parseDateInput(end);
  const noticeIso = notice.trim() === "" ? null : parseDateInput(notice);
  const datesValid = startIso !== null && endIso !== null && (notice.trim() === "" || noticeIso !== null);
  const input = {
    inspectionId: i.id,
    startDate: startIso ?? "",
    endDate: endIso ?? "",
    ...(announced ? { noticeDate: noticeIso } : {}),
  };
  const check = useQuery({
    ...trpc.inspections.checkSchedule.queryOptions(input),
    enabled: datesValid && (endIso ?? "") >= (startIso ?? ""),
    staleTime: 0,
    retry: false,
  });
  const changed =
    startIso !== i.startDate || endIso !== i.endDate || (announced && noticeIso !== i.noticeDate);

  const done = async (message: string) => {
    notify({ message });
    await queryClient.invalidateQueries(trpc.inspections.pathFilter());
    await queryClient.invalidateQueries(trpc.plans.pathFilter());
    onClose();
  };
  const fail = (err: unknown) => setError(describeError(err, lang, planFieldLabel(t)).summary);
  const schedule = useMutation(
    trpc.inspections.schedule.mutationOptions({
      onSuccess: () => done(t("admin.calendar.scheduled", { name: i.targetUnit.name })),
      onError: fail,
    }),
  );
  const reschedule = useMutation(
    trpc.inspections.reschedule.mutationOptions({
      onSuccess: (res) => {
        if (target.mode === "schedule") schedule.mutate({ id: i.id });
        else
          void done(
            t("admin.calendar.saved", {
              name: i.targetUnit.name,
              from: formatDate(res.inspection.startDate),
              to: formatDate(res.inspection.endDate),
            }),
          );
      },
      onError: fail,
    }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!datesValid || startIso === null || endIso === null) {
      setError(t("common.invalidDate"));
      return;
    }
    if (changed || i.tentative) {
      reschedule.mutate({
        inspectionId: i.id,
        startDate: startIso,
        endDate: endIso,
        ...(announced ? { noticeDate: noticeIso } : {}),
      });
    } else if (target.mode === "schedule") schedule.mutate({ id: i.id });
    else onClose();
  };

  const blocked = !check.data?.ok || check.isFetching;
  const title =
    target.mode === "schedule" ? t("admin.calendar.scheduleTitle") : t("admin.calendar.rescheduleTitle");
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate data-testid="reschedule-form" data-mode={target.mode}>
        <Stack gap="sm">
          <Text fw={600}>
            {i.targetUnit.name}{" "}
            <Text span size="sm" c="dimmed" fw={400}>
              · {t(`admin.insp.form.${i.form}`)} · {t(`admin.insp.status.${i.status}`)}
            </Text>
          </Text>
          <Group align="flex-start" grow>
            <DateInput
              label={t("admin.calendar.startDate")}
              required
              value={start}
              onChange={(e) => setStart(e.currentTarget.value)}
              error={start.trim() !== "" && startIso === null ? t("common.invalidDate") : undefined}
              data-testid="reschedule-start"
            />
            <DateInput
              label={t("admin.calendar.endDate")}
              required
              value={end}
              onChange={(e) => setEnd(e.currentTarget.value)}
              error={end.trim() !== "" && endIso === null ? t("common.invalidDate") : undefined}
              data-testid="reschedule-end"
            />
            {announced && (
              <DateInput
                label={t("admin.calendar.noticeDate")}
                value={notice}
                onChange={(e) => setNotice(e.currentTarget.value)}
                error={notice.trim() !== "" && noticeIso === null ? t("common.invalidDate") : undefined}
                data-testid="reschedule-notice"
              />
            )}
          </Group>
          {check.isError ? (
            <Alert color="red" role="alert" data-testid="schedule-verdicts" data-state="error">
              {describeError(check.error, lang, planFieldLabel(t)).summary}
            </Alert>
          ) : (
            <ScheduleVerdicts check={check.data} pending={check.isFetching} templateId={i.templateId} />
          )}
          {error && (
            <Alert color="red" role="alert" data-testid="reschedule-error">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              type="submit"
              disabled={blocked}
              loading={reschedule.isPending || schedule.isPending}
              data-testid="reschedule-save"
            >
              {target.mode === "schedule"
                ? changed
                  ? t("admin.calendar.saveAndSchedule")
                  : t("admin.calendar.scheduleNow")
                : t("admin.calendar.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
