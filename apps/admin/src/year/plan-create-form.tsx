import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { templateInYear, templatesForYear } from "@par/domain";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { type FieldErrors, placeServerError } from "../units/form-errors";
import { planFieldLabel } from "./plan-field-label";

const FORM_FIELDS = ["year", "template"];

/** "Tạo kế hoạch năm …": the year and one of the templates meant for it (plans.create). */
export function PlanCreateForm({ year: initialYear }: { year: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [, navigate] = useLocation();
  const { t, lang } = useLang();
  const [year, setYear] = useState<number | string>(initialYear);
  const numericYear = typeof year === "number" ? year : Number.NaN;
  const templates = Number.isInteger(numericYear) ? templatesForYear(numericYear) : [];
  const [templateId, setTemplateId] = useState<string>(templates[0]?.id ?? "");
  const chosen = templates.some((tp) => tp.id === templateId) ? templateId : (templates[0]?.id ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);

  const create = useMutation(
    trpc.plans.create.mutationOptions({
      onSuccess: async (plan) => {
        notify({ message: t("admin.year.created", { year: plan.year }) });
        await queryClient.invalidateQueries(trpc.plans.pathFilter());
        navigate(`/year/${plan.year}`);
      },
      onError: (err) => {
        const label = planFieldLabel(t);
        const placed = placeServerError(describeError(err, lang, label), FORM_FIELDS, label, null);
        setErrors(placed.errors);
        setSummary(placed.summary);
      },
    }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSummary(null);
    setErrors({});
    create.mutate({ year: numericYear, template: chosen as never });
  };

  return (
    <Paper withBorder p="md" maw={560}>
      <form onSubmit={submit} noValidate data-testid="plan-create-form">
        <Stack gap="sm">
          <Title order={3}>{t("admin.year.noPlanTitle", { year: initialYear })}</Title>
          <Text size="sm" c="dimmed">
            {t("admin.year.createHint")}
          </Text>
          {summary && (
            <Alert color="red" role="alert" data-testid="plan-create-error">
              {summary}
            </Alert>
          )}
          <NumberInput
            label={t("admin.year.pickYear")}
            value={year}
            onChange={setYear}
            allowDecimal={false}
            thousandSeparator=""
            error={errors.year}
            w={160}
            data-testid="plan-create-year"
          />
          <NativeSelect
            label={t("admin.year.template")}
            value={chosen}
            onChange={(e) => setTemplateId(e.currentTarget.value)}
            data={templates.map((tp) => ({
              value: tp.id,
              label: templateInYear(tp, numericYear).title[lang],
            }))}
            description={templates.find((tp) => tp.id === chosen)?.source}
            error={
              errors.template ??
              (templates.length === 0 ? t("admin.year.noTemplate", { year: String(year) }) : undefined)
            }
            disabled={templates.length === 0}
            data-testid="plan-create-template"
          />
          <Group>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={templates.length === 0}
              data-testid="plan-create-submit"
            >
              {t("admin.year.createTitle", { year: String(year) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
