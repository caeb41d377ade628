import { Text } from "@mantine/core";
import { UpdateUnitInput } from "@par/domain";
import { formatDate, type UnitDto, unitTypeLabel, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { check, type FieldErrors, readDate } from "./form-errors";
import { UnitFormModal, type UnitFormValues, useUnitFormErrors } from "./unit-form";

const FORM_FIELDS = ["code", "name", "validFrom", "manySubordinates", "hasOneStopShop"];
/** Edits code, name, flags and start of validity (units.update); kind and parent stay as they are. */
export function UnitEditModal({ unit, onClose }: { unit: UnitDto; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { t, lang } = useLang();
  const [values, setValues] = useState<UnitFormValues>({
    code: unit.code,
    name: unit.name,
    validFrom: formatDate(unit.validFrom),
    manySubordinates: unit.manySubordinates,
    hasOneStopShop: unit.hasOneStopShop,
  });
  const { errors, summary, show, onServerError, edited } = useUnitFormErrors(FORM_FIELDS);

  const update = useMutation(
    trpc.units.update.mutationOptions({
      onSuccess: async (saved) => {
        notify({ message: t("admin.units.updated", { name: saved.name }) });
        await queryClient.invalidateQueries(trpc.units.pathFilter());
        onClose();
      },
      onError: onServerError,
    }),
  );

  const submit = () => {
    const dateErrors: FieldErrors = {};
    const from = readDate(values.validFrom, "validFrom", dateErrors, t("common.invalidDate"));
    const { code, name, manySubordinates, hasOneStopShop } = values;
    const result = check(
      UpdateUnitInput,
      { id: unit.id, code, name, manySubordinates, hasOneStopShop, validFrom: from ?? undefined },
      lang,
    );
    const all = { ...(result.errors ?? {}), ...dateErrors };
    if (from === null) all.validFrom = t("common.invalidDate");
    if (show(all) && result.data) update.mutate(result.data);
  };

  return (
    <UnitFormModal
      title={t("admin.units.editTitle")}
      testId="unit-edit-form"
      values={values}
      onChange={(patch) => {
        setValues((v) => ({ ...v, ...patch }));
        edited(patch);
      }}
      errors={errors}
      summary={summary}
      pending={update.isPending}
      onSubmit={submit}
      onClose={onClose}
      note={
        <Text size="sm" c="dimmed">
          {t("unit.kind")}: {unitTypeLabel(unit.kind, unit.name, lang)}. {t("admin.units.kindCannotChange")}
        </Text>
      }
    />
  );
}
