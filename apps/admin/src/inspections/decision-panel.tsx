import { Alert, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { defaultDecisionDate, SetDecisionInput } from "@par/domain";
import { DateInput, describeError, formatDate, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { check, type FieldErrors, placeServerError, readDate, withoutField } from "../units/form-errors";
import type { InspectionDetail } from "./inspection-types";
import { useInspectionRefresh } from "./use-inspection-refresh";

/**
 * The decision forming the team (quyết định thành lập đoàn): number and date as registered, printed on
 * the Word decision. The date proposed is the inspection's own (notice date, else first day), never today.
 */
export function DecisionPanel({ inspection, editable }: { inspection: InspectionDetail; editable: boolean }) {
  const { t } = useLang();
  const [editing, setEditing] = useState(false);
  const { decisionNumber, decisionDate } = inspection;
  return (
    <Paper withBorder p="md" data-testid="decision-panel">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t("insp.decision.title")}</Text>
        {editable && !editing && decisionNumber && (
          <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="decision-edit">
            {t("insp.decision.edit")}
          </Button>
        )}
      </Group>
      {decisionNumber && decisionDate && !editing ? (
        <Text size="sm" data-testid="decision-shown">
          {t("insp.decision.shown", { number: decisionNumber, date: formatDate(decisionDate) })}
        </Text>
      ) : editable ? (
        <DecisionForm inspection={inspection} onDone={() => setEditing(false)} />
      ) : (
        <Text size="sm" c="dimmed">
          {t("insp.decision.none")}
        </Text>
      )}
    </Paper>
  );
}

function DecisionForm({ inspection, onDone }: { inspection: InspectionDetail; onDone: () => void }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInspectionRefresh();
  const [number, setNumber] = useState(inspection.decisionNumber ?? "");
  const [date, setDate] = useState(formatDate(inspection.decisionDate ?? defaultDecisionDate(inspection)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const label = (field: string) =>
    field === "number" || field === "date" ? t(`insp.decision.${field}`) : field;
  const save = useMutation(
    trpc.inspections.setDecision.mutationOptions({
      onSuccess: async (res) => {
        notify({ message: t("insp.decision.saved", { number: res.decisionNumber ?? "" }) });
        await refresh();
        onDone();
      },
      onError: (err) => {
        const placed = placeServerError(describeError(err, lang, label), ["number", "date"], label, null);
        setErrors(placed.errors);
        setSummary(placed.summary);
      },
    }),
  );
  const edited = (field: string) => {
    setErrors((e) => withoutField(e, field));
    setSummary(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const dateErrors: FieldErrors = {};
    const iso = readDate(date, "date", dateErrors, t("common.invalidDate"));
    const result = check(
      SetDecisionInput,
      { inspectionId: inspection.id, number, date: iso ?? undefined },
      lang,
    );
    const all = { ...(result.errors ?? {}), ...dateErrors };
    setErrors(all);
    if (result.data && Object.keys(all).length === 0) save.mutate(result.data);
  };
  return (
    <form onSubmit={submit} noValidate data-testid="decision-form">
      <Stack gap="xs">
        {summary && (
          <Alert color="red" role="alert" p="xs">
            {summary}
          </Alert>
        )}
        <Group align="flex-start" gap="md">
          <TextInput
            label={t("insp.decision.number")}
            placeholder={t("insp.decision.numberHint")}
            required
            value={number}
            onChange={(e) => {
              setNumber(e.currentTarget.value);
              edited("number");
            }}
            error={errors.number}
            w={220}
            data-testid="decision-number"
          />
          <DateInput
            label={t("insp.decision.date")}
            description={t("insp.decision.dateHint")}
            required
            value={date}
            onChange={(e) => {
              setDate(e.currentTarget.value);
              edited("date");
            }}
            error={errors.date}
            style={{ flex: 1 }}
            data-testid="decision-date"
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={save.isPending} data-testid="decision-save">
            {t("insp.decision.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
