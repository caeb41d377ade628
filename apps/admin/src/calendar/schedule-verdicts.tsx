import { Alert, Group, List, Loader, Text } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { findLeadBody, PLAN_TEMPLATES, type PlanTemplate } from "@par/domain";
import { formatDate, pickLanguage, useLang } from "@par/ui";
import { planFieldLabel } from "../year/plan-field-label";

type Check = RouterOutputs["inspections"]["checkSchedule"];

/** The domain's verdicts on a window (inspections.checkSchedule): errors block, warnings inform. */
export function ScheduleVerdicts({
  check,
  pending,
  templateId,
}: {
  check: Check | undefined;
  pending: boolean;
  templateId: string;
}) {
  const { t, lang } = useLang();
  const template = (PLAN_TEMPLATES as Record<string, PlanTemplate>)[templateId];
  const label = planFieldLabel(t);
  // The server's message starts with the field's code ("startDate: …"): show the field's label instead.
  const text = (v: { field: string; message: string }) => {
    const m = pickLanguage(v.message, lang);
    return m.startsWith(`${v.field}: `) ? `${label(v.field)}: ${m.slice(v.field.length + 2)}` : m;
  };
  const bodyName = (code: string) => {
    const body = template ? findLeadBody(template, code) : undefined;
    return body ? body[lang] : code;
  };
  if (pending && !check) {
    return (
      <Group gap="xs" data-testid="schedule-verdicts" data-state="checking">
        <Loader size="xs" />
        <Text size="sm">{t("admin.calendar.checking")}</Text>
      </Group>
    );
  }
  if (!check) return null;
  const state = check.errors.length > 0 ? "error" : check.warnings.length > 0 ? "warning" : "ok";
  return (
    <div data-testid="schedule-verdicts" data-state={state} aria-live="polite">
      {check.errors.length > 0 && (
        <Alert color="red" title={t("admin.calendar.errors")} role="alert" mb="xs">
          <List size="sm" spacing={2}>
            {check.errors.map((v) => (
              <List.Item key={`${v.code}-${v.message}`} data-code={v.code} data-testid="schedule-error">
                {text(v)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {check.warnings.length > 0 && (
        <Alert color="yellow" title={t("admin.calendar.warnings")} mb="xs">
          <List size="sm" spacing={2}>
            {check.warnings.map((v) => (
              <List.Item key={`${v.code}-${v.message}`} data-code={v.code} data-testid="schedule-warning">
                {text(v)}
              </List.Item>
            ))}
          </List>
          {check.jointTeam && (
            <Text size="sm" fw={600} mt={4} data-testid="schedule-joint-team">
              {t("admin.calendar.jointTeam", { bodies: check.jointTeam.leadBodies.map(bodyName).join(", ") })}
            </Text>
          )}
        </Alert>
      )}
      {state === "ok" && (
        <Alert color="teal" py={6}>
          {check.workingDays !== null
            ? t("admin.calendar.checkOk", { days: check.workingDays })
            : t("admin.calendar.checkOkShort")}
        </Alert>
      )}
      {check.latestNoticeDate && (
        <Text size="xs" c="dimmed">
          {t("admin.calendar.noticeHint", { date: formatDate(check.latestNoticeDate) })}
        </Text>
      )}
    </div>
  );
}
