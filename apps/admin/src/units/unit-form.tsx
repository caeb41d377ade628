import { Alert, Button, Checkbox, Group, Modal, Stack, TextInput } from "@mantine/core";
import { DateInput, describeError, useLang } from "@par/ui";
import { type FormEvent, type ReactNode, useState } from "react";
import { type FieldErrors, placeServerError, unitFieldLabel, withoutField } from "./form-errors";

/** The fields a unit has whether it is being added or edited. */
export interface UnitFormValues {
  code: string;
  name: string;
  validFrom: string;
  manySubordinates: boolean;
  hasOneStopShop: boolean;
}

/** Field errors and the alert above the form, from the client check or from the server. */
export function useUnitFormErrors(formFields: readonly string[]) {
  const { t, lang } = useLang();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  /** Shows the client check's errors; true when there are none. */
  const show = (all: FieldErrors) => {
    const ok = Object.keys(all).length === 0;
    setErrors(all);
    setSummary(ok ? null : t("admin.units.checkFields"));
    return ok;
  };
  const onServerError = (err: unknown) => {
    const label = unitFieldLabel(t);
    const placed = placeServerError(
      describeError(err, lang, label),
      formFields,
      label,
      t("admin.units.checkFields"),
    );
    setErrors(placed.errors);
    setSummary(placed.summary);
  };
  /** An edited field's error goes at once; the alert goes with the last error. */
  const edited = (patch: object) => {
    let rest = errors;
    for (const field of Object.keys(patch)) rest = withoutField(rest, field);
    if (rest === errors) return;
    setErrors(rest);
    if (Object.keys(rest).length === 0) setSummary(null);
  };
  return { errors, summary, show, onServerError, edited };
}

const beside = (field: ReactNode, other: ReactNode) =>
  other ? (
    <Group grow align="flex-start">
      {field}
      {other}
    </Group>
  ) : (
    field
  );

/**
 * The unit form in its modal. The slots hold what only one modal has: adding a unit chooses its kind
 * (beside the code), its parent (after the name) and an end of validity (beside the start).
 */
export function UnitFormModal(props: {
  title: string;
  testId: string;
  values: UnitFormValues;
  onChange: (patch: Partial<UnitFormValues>) => void;
  errors: FieldErrors;
  summary: string | null;
  pending: boolean;
  onSubmit: () => void;
  onClose: () => void;
  note?: ReactNode;
  besideCode?: ReactNode;
  afterName?: ReactNode;
  besideValidFrom?: ReactNode;
}) {
  const { t } = useLang();
  const { values, onChange, errors } = props;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <Modal opened onClose={props.onClose} title={props.title} size="lg">
      <form onSubmit={submit} noValidate data-testid={props.testId}>
        <Stack gap="sm">
          {props.summary && (
            <Alert color="red" role="alert">
              {props.summary}
            </Alert>
          )}
          {props.note}
          {beside(
            <TextInput
              label={t("unit.code")}
              required
              value={values.code}
              onChange={(e) => onChange({ code: e.currentTarget.value })}
              error={errors.code}
            />,
            props.besideCode,
          )}
          <TextInput
            label={t("unit.name")}
            required
            value={values.name}
            onChange={(e) => onChange({ name: e.currentTarget.value })}
            error={errors.name}
          />
          {props.afterName}
          {beside(
            <DateInput
              label={t("unit.validFrom")}
              required
              value={values.validFrom}
              onChange={(e) => onChange({ validFrom: e.currentTarget.value })}
              error={errors.validFrom}
            />,
            props.besideValidFrom,
          )}
          <Checkbox
            label={t("unit.manySubordinates")}
            checked={values.manySubordinates}
            onChange={(e) => onChange({ manySubordinates: e.currentTarget.checked })}
          />
          <Checkbox
            label={t("unit.hasOneStopShop")}
            checked={values.hasOneStopShop}
            onChange={(e) => onChange({ hasOneStopShop: e.currentTarget.checked })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={props.pending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
