import { Alert, Button, Checkbox, Chip, Group, List, Modal, Radio, Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type InspectionForm, leadBodyOfUnitName, NewInspectionInput } from "@par/domain";
import {
  DateInput,
  describeError,
  formatDate,
  parseDateInput,
  pickLanguage,
  useLang,
  useMe,
  useNotify,
  useTRPC,
} from "@par/ui";
import { UnitSearchSelect } from "@par/ui/paged";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { check, type FieldErrors, placeServerError, readDate, withoutField } from "../units/form-errors";
import { inspectionFieldLabel } from "./field-label";
import { areaLabel, fieldLabel, formLabel, leadBodyLabel, templateOrNull } from "./inspection-labels";
import type { Plan } from "./inspection-types";

const FORM_FIELDS = [
  "planId",
  "targetUnitId",
  "form",
  "areas",
  "fields",
  "leadBody",
  "startDate",
  "endDate",
  "noticeDate",
];

interface Props {
  plans: Plan[];
  year: number;
  onClose: () => void;
}

type Verdict = { code: string; message: string; field: string | null };

/** A new inspection (inspections.create): the server defaults the lead body and checks R3/R4/R7 again. */
export function InspectionCreateModal({ plans, year, onClose }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const me = useMe();
  const [, navigate] = useLocation();
  const { t, lang } = useLang();

  const [planYear, setPlanYear] = useState(String(year));
  const plan = plans.find((p) => String(p.year) === planYear) ?? plans[0]!;
  const template = templateOrNull(plan.templateId);

  // R8: a sector inspector (and nobody else of the province) leads only as its own department, in its field.
  const sectorOnly = !me.roles.some((r) => r.role === "province_admin" || r.role === "province_office");
  const sectorUnit = me.roles.find((r) => r.role === "sector_inspector")?.unitName ?? null;
  const ownBody = sectorOnly && sectorUnit && template ? leadBodyOfUnitName(template, sectorUnit) : undefined;

  const [targetUnitId, setTarget] = useState<string | null>(null);
  const [targetName, setTargetName] = useState<string | null>(null);
  const [form, setForm] = useState<InspectionForm>("announced");
  const [scope, setScope] = useState<"full" | "partial">("full");
  const [areas, setAreas] = useState<string[]>([]);
  const [fields, setFields] = useState<string[]>(ownBody?.field ? [ownBody.field] : []);
  const [leadBody, setLeadBody] = useState<string | null>(ownBody?.code ?? null);
  const [startDate, setStart] = useState("");
  const [endDate, setEnd] = useState("");
  const [noticeDate, setNotice] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: number; warnings: Verdict[] } | null>(null);

  // An error goes as soon as its field is edited; the alert above goes with the last of them.
  const edited = (field: string) => {
    const rest = withoutField(errors, field);
    if (rest === errors) return;
    setErrors(rest);
    if (Object.keys(rest).length === 0) setSummary(null);
  };

  const fullAreas = (template?.areas ?? []).map((a) => a.code).filter((c) => c !== template?.followUpArea);
  const chosenAreas = scope === "full" ? fullAreas : areas;

  // A dry run of the scheduling rules while the dates are typed: errors and R7 warnings before saving.
  const dry = {
    start: parseDateInput(startDate),
    end: parseDateInput(endDate),
    notice: form === "announced" && noticeDate ? parseDateInput(noticeDate) : null,
  };
  const [dryInput] = useDebouncedValue(
    targetUnitId && dry.start && dry.end && dry.end >= dry.start
      ? {
          planId: plan.id,
          targetUnitId: Number(targetUnitId),
          form,
          ...(leadBody ? { leadBody } : {}),
          startDate: dry.start,
          endDate: dry.end,
          ...(dry.notice ? { noticeDate: dry.notice } : {}),
        }
      : null,
    400,
  );
  const checkRun = useQuery({
    ...trpc.inspections.checkSchedule.queryOptions(dryInput ?? { planId: 1, startDate: "", endDate: "" }),
    enabled: dryInput !== null,
  });

  const create = useMutation(
    trpc.inspections.create.mutationOptions({
      onSuccess: async (res) => {
        await queryClient.invalidateQueries(trpc.inspections.pathFilter());
        await queryClient.invalidateQueries(trpc.plans.pathFilter());
        if (res.warnings.length > 0) {
          setCreated({ id: res.inspection.id, warnings: res.warnings });
          return;
        }
        notify({ message: t("insp.create.done", { name: res.inspection.targetUnit.name }) });
        onClose();
        navigate(`/inspections/${res.inspection.id}`);
      },
      onError: (err) => {
        const label = inspectionFieldLabel(t);
        const placed = placeServerError(
          describeError(err, lang, label),
          FORM_FIELDS,
          label,
          t("insp.checkFields"),
        );
        setErrors(placed.errors);
        setSummary(placed.summary);
      },
    }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const dateErrors: FieldErrors = {};
    const invalid = t("common.invalidDate");
    const input = {
      planId: plan.id,
      targetUnitId: targetUnitId ? Number(targetUnitId) : undefined,
      form,
      areas: chosenAreas,
      fields,
      ...(leadBody ? { leadBody } : {}),
      startDate: readDate(startDate, "startDate", dateErrors, invalid) ?? undefined,
      endDate: readDate(endDate, "endDate", dateErrors, invalid) ?? undefined,
      noticeDate: form === "announced" ? readDate(noticeDate, "noticeDate", dateErrors, invalid) : null,
    };
    const result = check(NewInspectionInput, input, lang);
    const all = { ...(result.errors ?? {}), ...dateErrors };
    setErrors(all);
    // The alert names the fields too: with a long form, some of them are below the fold.
    const label = inspectionFieldLabel(t);
    const named = Object.keys(all).map(label).join(", ");
    setSummary(Object.keys(all).length > 0 ? `${t("insp.checkFields")}: ${named}` : null);
    if (result.data && Object.keys(all).length === 0) create.mutate(result.data);
  };

  if (created) {
    return (
      <Modal opened onClose={onClose} title={t("insp.create.title")} size="lg">
        <Stack data-testid="inspection-created-warnings">
          <Alert color="green">{t("insp.create.doneShort")}</Alert>
          <WarningList warnings={created.warnings} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.close")}
            </Button>
            <Button
              onClick={() => {
                onClose();
                navigate(`/inspections/${created.id}`);
              }}
            >
              {t("insp.create.open")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} title={t("insp.create.title")} size="xl">
      <form onSubmit={submit} noValidate data-testid="inspection-create-form">
        <Stack gap="sm">
          {summary && (
            <Alert color="red" role="alert" data-testid="inspection-create-error">
              {summary}
            </Alert>
          )}
          <Group grow align="flex-start">
            <Select
              label={t("insp.field.year")}
              data={plans.map((p) => ({ value: String(p.year), label: String(p.year) }))}
              value={planYear}
              onChange={(v) => v && setPlanYear(v)}
              allowDeselect={false}
              maw={140}
            />
            {/* Units the province inspects have a quota tier; the server searches them (the register may be the country's). */}
            <UnitSearchSelect
              label={t("insp.field.targetUnitId")}
              required
              tieredOnly
              placeholder={t("insp.create.unitPlaceholder")}
              value={targetUnitId === null ? null : Number(targetUnitId)}
              valueName={targetName}
              onChange={(id, name) => {
                setTarget(id === null ? null : String(id));
                setTargetName(name);
                edited("targetUnitId");
              }}
              error={errors.targetUnitId}
              data-testid="create-target-unit"
              style={{ flex: 3 }}
            />
          </Group>
          <Radio.Group
            label={t("insp.field.form")}
            required
            value={form}
            onChange={(v) => {
              setForm(v as InspectionForm);
              edited("form");
              edited("noticeDate");
            }}
            error={errors.form}
          >
            <Group gap="md" mt={4} data-testid="create-form">
              {(template?.forms ?? []).map((f) => (
                <Radio key={f.form} value={f.form} label={formLabel(template, f.form, lang)} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group
            label={t("insp.create.scope")}
            value={scope}
            onChange={(v) => {
              setScope(v as "full" | "partial");
              edited("areas");
            }}
            error={errors.areas}
          >
            <Group gap="md" mt={4}>
              <Radio value="full" label={t("insp.create.scopeFull")} data-testid="create-scope-full" />
              <Radio
                value="partial"
                label={t("insp.create.scopePartial")}
                data-testid="create-scope-partial"
              />
            </Group>
          </Radio.Group>
          {scope === "partial" && (
            <Checkbox.Group
              value={areas}
              onChange={(v) => {
                setAreas(v);
                edited("areas");
              }}
              data-testid="create-areas"
            >
              <Stack gap={4}>
                {(template?.areas ?? []).map((a) => (
                  <Checkbox
                    key={a.code}
                    value={a.code}
                    label={`${a.code}. ${areaLabel(template, a.code, lang)}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {template && (
            <Text size="xs" c="dimmed">
              {t("insp.create.followUpHint", { area: template.followUpArea })}
            </Text>
          )}
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t("insp.field.fields")}
            </Text>
            <Chip.Group
              multiple
              value={fields}
              onChange={(v) => {
                setFields(v);
                edited("fields");
              }}
            >
              <Group gap={6} data-testid="create-fields">
                {(template?.fields ?? []).map((f) => (
                  <Chip
                    key={f.code}
                    value={f.code}
                    size="xs"
                    disabled={ownBody !== undefined && ownBody.field !== f.code}
                  >
                    {fieldLabel(template, f.code, lang)}
                    {f.focus ? " ★" : ""}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {errors.fields && (
              <Text size="xs" c="red" mt={4}>
                {errors.fields}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {t("insp.create.focusHint")}
            </Text>
          </div>
          <Select
            label={t("insp.field.leadBody")}
            description={ownBody ? t("insp.create.leadBodyFixed") : t("insp.create.leadBodyDefault")}
            placeholder={t("insp.create.leadBodyPlaceholder")}
            clearable={!ownBody}
            disabled={ownBody !== undefined}
            data={(template?.leadBodies ?? []).map((b) => ({
              value: b.code,
              label: leadBodyLabel(template, b.code, lang),
            }))}
            value={leadBody}
            onChange={(v) => {
              setLeadBody(v);
              edited("leadBody");
            }}
            error={errors.leadBody}
            data-testid="create-lead-body"
          />
          <Group grow align="flex-start">
            <DateInput
              label={t("insp.field.startDate")}
              required
              value={startDate}
              onChange={(e) => {
                setStart(e.currentTarget.value);
                edited("startDate");
              }}
              error={errors.startDate}
              data-testid="create-start"
            />
            <DateInput
              label={t("insp.field.endDate")}
              required
              value={endDate}
              onChange={(e) => {
                setEnd(e.currentTarget.value);
                edited("endDate");
              }}
              error={errors.endDate}
              data-testid="create-end"
            />
            {form === "announced" ? (
              <DateInput
                label={t("insp.field.noticeDate")}
                value={noticeDate}
                onChange={(e) => {
                  setNotice(e.currentTarget.value);
                  edited("noticeDate");
                }}
                error={errors.noticeDate}
                data-testid="create-notice"
              />
            ) : (
              <div />
            )}
          </Group>
          {checkRun.data && dryInput && (
            <ScheduleCheck
              ok={checkRun.data.ok}
              errors={checkRun.data.errors}
              warnings={checkRun.data.warnings}
              latestNoticeDate={form === "announced" ? checkRun.data.latestNoticeDate : null}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="create-submit">
              {t("insp.create.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ScheduleCheck(props: {
  ok: boolean;
  errors: Verdict[];
  warnings: Verdict[];
  latestNoticeDate: string | null;
}) {
  const { t } = useLang();
  return (
    <Stack gap={6} data-testid="schedule-check">
      {props.errors.length > 0 && (
        <Alert color="red" title={t("insp.create.scheduleRefused")} data-testid="schedule-errors">
          <VerdictItems verdicts={props.errors} />
        </Alert>
      )}
      <WarningList warnings={props.warnings} />
      {props.ok && props.warnings.length === 0 && (
        <Text size="sm" c="green.8">
          {t("insp.create.scheduleOk")}
          {props.latestNoticeDate
            ? ` ${t("insp.create.latestNotice", { date: formatDate(props.latestNoticeDate) })}`
            : ""}
        </Text>
      )}
      {props.ok && props.warnings.length > 0 && props.latestNoticeDate && (
        <Text size="sm">{t("insp.create.latestNotice", { date: formatDate(props.latestNoticeDate) })}</Text>
      )}
    </Stack>
  );
}

export function WarningList({ warnings }: { warnings: Verdict[] }) {
  const { t } = useLang();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={t("insp.create.warnings")} data-testid="schedule-warnings">
      <VerdictItems verdicts={warnings} />
    </Alert>
  );
}

function VerdictItems({ verdicts }: { verdicts: Verdict[] }) {
  const { lang } = useLang();
  return (
    <List size="sm" spacing={2}>
      {verdicts.map((v) => (
        <List.Item key={`${v.code}-${v.message}`}>{pickLanguage(v.message, lang)}</List.Item>
      ))}
    </List>
  );
}
