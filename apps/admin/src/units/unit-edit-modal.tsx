import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { UpdateUnitInput } from "@par/domain";
import {
  DateInput,
  describeError,
  formatDate,
  type UnitDto,
  unitKindLabel,
  useLang,
  useNotify,
  useTRPC,
} from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { check, type FieldErrors, placeServerError, readDate, unitFieldLabel } from "./form-errors";

const FORM_FIELDS = ["code", "name", "validFrom", "manySubordinates", "hasOneStopShop"];
/** Edits code, name, flags and start of validity (units.update); kind and parent stay as they are. */
export function UnitEditModal({ unit, onClose }: { unit: UnitDto; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const [code, setCode] = useState(unit.code);
  const [name, setName] = useState(unit.name);
  const [manySubordinates, setMany] = useState(unit.manySubordinates);
  const [hasOneStopShop, setOneStop] = useState(unit.hasOneStopShop);
  const [validFrom, setValidFrom] = useState(formatDate(unit.validFrom));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);

  const update = useMutation(
    trpc.units.update.mutationOptions({
      onSuccess: async (saved) => {
        notify({ message: t("admin.units.updated", { name: saved.name }) });
        await queryClient.invalidateQueries(trpc.units.pathFilter());
        onClose();
      },
      onError: (err) => {
        const label = unitFieldLabel(t);
        const placed = placeServerError(
          describeError(err, lang, label),
          FORM_FIELDS,
          label,
          t("admin.units.checkFields"),
        );
        setErrors(placed.errors);
        setSummary(placed.summary);
      },
    }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const dateErrors: FieldErrors = {};
    const from = readDate(validFrom, "validFrom", dateErrors, t("common.invalidDate"));
    const result = check(
      UpdateUnitInput,
      { id: unit.id, code, name, manySubordinates, hasOneStopShop, validFrom: from ?? undefined },
      lang,
    );
    const all = { ...(result.errors ?? {}), ...dateErrors };
    if (from === null) all.validFrom = t("common.invalidDate");
    setErrors(all);
    setSummary(Object.keys(all).length > 0 ? t("admin.units.checkFields") : null);
    if (result.data && Object.keys(all).length === 0) update.mutate(result.data);
  };

  return (
    <Modal opened onClose={onClose} title={t("admin.units.editTitle")} size="lg">
      <form onSubmit={submit} noValidate data-testid="unit-edit-form">
        <Stack gap="sm">
          {summary && (
            <Alert color="red" role="alert">
              {summary}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {t("unit.kind")}: {unitKindLabel(unit.kind, lang)}. {t("admin.units.kindCannotChange")}
          </Text>
          <TextInput
            label={t("unit.code")}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
          />
          <TextInput
            label={t("unit.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <DateInput
            label={t("unit.validFrom")}
            required
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={errors.validFrom}
          />
          <Checkbox
            label={t("unit.manySubordinates")}
            checked={manySubordinates}
            onChange={(e) => setMany(e.currentTarget.checked)}
          />
          <Checkbox
            label={t("unit.hasOneStopShop")}
            checked={hasOneStopShop}
            onChange={(e) => setOneStop(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
