import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { CloseUnitInput } from "@par/domain";
import {
  DateInput,
  describeError,
  formatDate,
  todayIso,
  type UnitDto,
  useLang,
  useNotify,
  useTRPC,
} from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  check,
  type FieldErrors,
  placeServerError,
  readDate,
  unitFieldLabel,
  withoutField,
} from "./form-errors";

const FORM_FIELDS = ["validTo"];
/** Ends a unit's validity on a date (units.close); the server refuses while children stay valid after it. */
export function UnitCloseModal({ unit, onClose }: { unit: UnitDto; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const [validTo, setValidTo] = useState(formatDate(todayIso()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);

  const close = useMutation(
    trpc.units.close.mutationOptions({
      onSuccess: async (saved) => {
        notify({ message: t("admin.units.closedOk", { name: saved.name, date: formatDate(saved.validTo) }) });
        await queryClient.invalidateQueries(trpc.units.pathFilter());
        onClose();
      },
      onError: (err) => {
        const label = unitFieldLabel(t);
        const placed = placeServerError(describeError(err, lang, label), FORM_FIELDS, label, null);
        setErrors(placed.errors);
        setSummary(placed.summary);
      },
    }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const dateErrors: FieldErrors = {};
    const to = readDate(validTo, "validTo", dateErrors, t("common.invalidDate"));
    const result = check(CloseUnitInput, { id: unit.id, validTo: to }, lang);
    const all = { ...(result.errors ?? {}), ...dateErrors };
    if (to === null) all.validTo = t("common.invalidDate");
    if (to && to < unit.validFrom)
      all.validTo = t("admin.units.closeBeforeStart", { date: formatDate(unit.validFrom) });
    setErrors(all);
    setSummary(null);
    if (result.data && Object.keys(all).length === 0) close.mutate(result.data);
  };

  return (
    <Modal opened onClose={onClose} title={t("admin.units.closeTitle")}>
      <form onSubmit={submit} noValidate data-testid="unit-close-form">
        <Stack gap="sm">
          <Text fw={600}>{unit.name}</Text>
          <Text size="sm" c="dimmed">
            {t("admin.units.closeHint")}
          </Text>
          {summary && (
            <Alert color="red" role="alert">
              {summary}
            </Alert>
          )}
          <DateInput
            label={t("unit.validTo")}
            required
            value={validTo}
            onChange={(e) => {
              setValidTo(e.currentTarget.value);
              setErrors((er) => withoutField(er, "validTo"));
            }}
            error={errors.validTo}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="red" loading={close.isPending}>
              {t("admin.units.close")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
