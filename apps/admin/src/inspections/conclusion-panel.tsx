import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { ConcludeInput, defaultDateInYear } from "@par/domain";
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
import { withoutField } from "../units/form-errors";
import { issuesByPath } from "./conclusion-errors";
import { inspectionFieldLabel } from "./field-label";
import type { InspectionDetail } from "./inspection-types";
import { useInspectionRefresh } from "./use-inspection-refresh";

/** The conclusion (kết luận): read-only once issued, else the form when the API allows concluding now. */
export function ConclusionPanel({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useLang();
  if (inspection.conclusion) {
    const c = inspection.conclusion;
    return (
      <Paper withBorder p="md" data-testid="conclusion">
        <Text fw={600}>{t("insp.conclusion.title")}</Text>
        <Text size="sm" mt={4} data-testid="conclusion-number">
          {t("insp.conclusion.numberDate", { number: c.number, date: formatDate(c.date) })}
        </Text>
        <Text size="sm" mt="sm" style={{ whiteSpace: "pre-wrap" }}>
          {c.summary}
        </Text>
      </Paper>
    );
  }
  if (inspection.nextSteps.includes("concluded")) return <ConclusionForm inspection={inspection} />;
  return (
    <Paper withBorder p="md">
      <Text c="dimmed" size="sm" data-testid="conclusion-not-yet">
        {inspection.status === "in_progress" ? t("insp.conclusion.rateFirst") : t("insp.conclusion.none")}
      </Text>
    </Paper>
  );
}

interface RecRow {
  key: number;
  text: string;
  deadline: string;
}

function ConclusionForm({ inspection }: { inspection: InspectionDetail }) {
  const trpc = useTRPC();
  const notify = useNotify();
  const refresh = useInspectionRefresh();
  const { t, lang } = useLang();
  const [number, setNumber] = useState("");
  const [date, setDate] = useState(formatDate(defaultDateInYear(inspection.year, todayIso())));
  const [summary, setSummary] = useState("");
  const [recs, setRecs] = useState<RecRow[]>([{ key: 0, text: "", deadline: "" }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const conclude = useMutation(
    trpc.inspections.conclude.mutationOptions({
      onSuccess: async (res) => {
        notify({ message: t("insp.conclusion.done", { count: res.recommendations.length }) });
        await refresh();
      },
      onError: (err) => {
        const d = describeError(err, lang, inspectionFieldLabel(t));
        setErrors(d.fieldErrors);
        setAlert(d.summary);
      },
    }),
  );
  const updateRec = (key: number, patch: Partial<RecRow>) =>
    setRecs((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad: Record<string, string> = {};
    const iso = (text: string, key: string) => {
      const v = parseDateInput(text);
      if (v === null) bad[key] = t("common.invalidDate");
      return v ?? "";
    };
    // Empty rows are left out (a conclusion may have no recommendation); errors go back to their row.
    const kept = recs.filter((r) => r.text.trim() !== "" || r.deadline.trim() !== "");
    const input = {
      inspectionId: inspection.id,
      number: number.trim(),
      date: iso(date, "date"),
      summary: summary.trim(),
      recommendations: kept.map((r) => ({
        text: r.text.trim(),
        deadline: iso(r.deadline, `rec.${r.key}.deadline`),
      })),
    };
    const parsed = ConcludeInput.safeParse(input);
    const byPath = parsed.success ? {} : issuesByPath(parsed.error.issues, lang);
    const all: Record<string, string> = { ...bad };
    for (const [path, message] of Object.entries(byPath)) {
      const m = /^recommendations\.(\d+)\.(\w+)$/.exec(path);
      const row = m ? kept[Number(m[1])] : undefined;
      const key = m && row ? `rec.${row.key}.${m[2]}` : path;
      if (!(key in all)) all[key] = message;
    }
    setErrors(all);
    setAlert(Object.keys(all).length > 0 ? t("insp.checkFields") : null);
    if (parsed.success && Object.keys(all).length === 0) conclude.mutate(parsed.data);
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate data-testid="conclusion-form">
        <Stack gap="sm">
          <Text fw={600}>{t("insp.conclusion.formTitle")}</Text>
          {alert && (
            <Alert color="red" role="alert" data-testid="conclusion-error">
              {alert}
            </Alert>
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t("insp.field.number")}
              placeholder="12/TB-SNV"
              required
              value={number}
              onChange={(e) => {
                setNumber(e.currentTarget.value);
                setErrors((er) => withoutField(er, "number"));
              }}
              error={errors.number}
              data-testid="conclusion-number-input"
            />
            <DateInput
              label={t("insp.field.date")}
              required
              value={date}
              onChange={(e) => {
                setDate(e.currentTarget.value);
                setErrors((er) => withoutField(er, "date"));
              }}
              error={errors.date}
              data-testid="conclusion-date"
            />
          </Group>
          <Textarea
            label={t("insp.field.summary")}
            required
            autosize
            minRows={4}
            maxRows={12}
            value={summary}
            onChange={(e) => {
              setSummary(e.currentTarget.value);
              setErrors((er) => withoutField(er, "summary"));
            }}
            error={errors.summary}
            data-testid="conclusion-summary"
          />
          <Text fw={500} size="sm">
            {t("insp.conclusion.recommendations")}
          </Text>
          {errors.recommendations && (
            <Text size="xs" c="red">
              {errors.recommendations}
            </Text>
          )}
          <Table layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t("insp.rec.text")}</Table.Th>
                <Table.Th w={220}>{t("insp.rec.deadline")}</Table.Th>
                <Table.Th w={50} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {recs.map((r, i) => (
                <Table.Tr key={r.key} data-testid="recommendation-row">
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Textarea
                      aria-label={`${t("insp.rec.text")} ${i + 1}`}
                      autosize
                      minRows={1}
                      value={r.text}
                      onChange={(e) => updateRec(r.key, { text: e.currentTarget.value })}
                      error={errors[`rec.${r.key}.text`]}
                      data-testid="recommendation-text"
                    />
                  </Table.Td>
                  <Table.Td>
                    <DateInput
                      aria-label={`${t("insp.rec.deadline")} ${i + 1}`}
                      value={r.deadline}
                      onChange={(e) => updateRec(r.key, { deadline: e.currentTarget.value })}
                      error={errors[`rec.${r.key}.deadline`]}
                      data-testid="recommendation-deadline"
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${t("insp.rec.remove")} ${i + 1}`}
                      onClick={() => setRecs((rs) => rs.filter((x) => x.key !== r.key))}
                      data-testid="recommendation-remove"
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                setRecs((rs) => [
                  ...rs,
                  { key: Math.max(-1, ...rs.map((x) => x.key)) + 1, text: "", deadline: "" },
                ])
              }
              data-testid="recommendation-add"
            >
              {t("insp.rec.add")}
            </Button>
            <Button type="submit" loading={conclude.isPending} data-testid="conclusion-submit">
              {t("insp.conclusion.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
