import { Alert, Button, Group, NumberInput, Stack } from "@mantine/core";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { PlanDto } from "./plan-card";
import { planFieldLabel } from "./plan-field-label";

/** Raises quotas while the plan is a draft (plans.adjustQuotas); the server refuses below the template. */
export function PlanQuotasForm({ plan, onDone }: { plan: PlanDto; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const [values, setValues] = useState<Record<string, number | string>>(
    Object.fromEntries(plan.quotas.map((q) => [q.tier, q.pct])),
  );
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.plans.adjustQuotas.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("admin.year.quotasSaved") });
        await queryClient.invalidateQueries(trpc.plans.pathFilter());
        onDone();
      },
      onError: (err) => {
        // The server's quota message already names the field ("Chỉ tiêu (quotas): …"): no label in front.
        const d = describeError(err, lang, planFieldLabel(t));
        setError(Object.values(d.fieldErrors)[0] ?? d.message);
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    save.mutate({
      year: plan.year,
      quotas: plan.quotas.map((q) => ({ tier: q.tier, pct: Number(values[q.tier]) })),
    });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="plan-quotas-form">
      <Stack gap="xs" mt="sm">
        {error && (
          <Alert color="red" role="alert" data-testid="plan-quotas-error">
            {error}
          </Alert>
        )}
        <Group gap="md" align="flex-start">
          {plan.quotas.map((q) => (
            <NumberInput
              key={q.tier}
              label={q.label[lang]}
              description={t("admin.year.quotaMin", { pct: q.minimum })}
              value={values[q.tier]}
              onChange={(v) => setValues((old) => ({ ...old, [q.tier]: v }))}
              suffix=" %"
              allowDecimal={false}
              w={200}
              data-testid={`plan-quota-${q.tier}`}
            />
          ))}
        </Group>
        <Group gap="xs">
          <Button type="submit" size="sm" loading={save.isPending} data-testid="plan-quotas-save">
            {t("admin.year.saveQuotas")}
          </Button>
          <Button variant="default" size="sm" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
