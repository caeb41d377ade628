import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
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
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { type FieldErrors, placeServerError, withoutField } from "../units/form-errors";
import type { PlanDto } from "./plan-card";
import { planFieldLabel } from "./plan-field-label";

const FORM_FIELDS = ["number", "issuedDate", "issuer"];

/** Issues the plan with its number and date (plans.approve); the quotas freeze. */
export function PlanApproveModal({ plan, onClose }: { plan: PlanDto; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const [number, setNumber] = useState("");
  // A date of the plan's own year, not today: issuing the 2023 plan in 2026 is recording history.
  const [issued, setIssued] = useState(formatDate(defaultDateInYear(plan.year, todayIso())));
  const [issuer, setIssuer] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const approve = useMutation(
    trpc.plans.approve.mutationOptions({
      onSuccess: async (saved) => {
        notify({ message: t("admin.year.approved", { number: saved.number }) });
        await queryClient.invalidateQueries(trpc.plans.pathFilter());
        onClose();
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
    const iso = parseDateInput(issued);
    if (iso === null) {
      setErrors({ issuedDate: t("common.invalidDate") });
      return;
    }
    setErrors({});
    approve.mutate({
      year: plan.year,
      number: number.trim(),
      issuedDate: iso,
      ...(issuer.trim() ? { issuer: issuer.trim() } : {}),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t("admin.year.approveTitle", { year: plan.year })}>
      <form onSubmit={submit} noValidate data-testid="plan-approve-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("admin.year.approveHint")}
          </Text>
          {summary && (
            <Alert color="red" role="alert">
              {summary}
            </Alert>
          )}
          <TextInput
            label={t("admin.year.number")}
            required
            value={number}
            onChange={(e) => {
              setNumber(e.currentTarget.value);
              setErrors((er) => withoutField(er, "number"));
            }}
            error={errors.number}
            placeholder="284/KH-UBND"
            data-testid="plan-approve-number"
          />
          <DateInput
            label={t("admin.year.issuedDate")}
            required
            value={issued}
            onChange={(e) => {
              setIssued(e.currentTarget.value);
              setErrors((er) => withoutField(er, "issuedDate"));
            }}
            error={errors.issuedDate}
            data-testid="plan-approve-date"
          />
          <TextInput
            label={t("admin.year.issuer")}
            description={t("admin.year.issuerHint")}
            value={issuer}
            onChange={(e) => {
              setIssuer(e.currentTarget.value);
              setErrors((er) => withoutField(er, "issuer"));
            }}
            error={errors.issuer}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={approve.isPending} data-testid="plan-approve-submit">
              {t("admin.year.approve")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
