import { Select } from "@mantine/core";
import { ALLOWED_PARENT_KINDS, CreateUnitInput, mayHaveParent, UNIT_KINDS, type UnitKind } from "@par/domain";
import { DateInput, formatDate, todayIso, unitKindLabel, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useLocation } from "wouter";
import { check, type FieldErrors, readDate } from "./form-errors";
import { ParentSelect } from "./parent-select";
import { UnitFormModal, type UnitFormValues, useUnitFormErrors } from "./unit-form";

const CREATABLE_KINDS = UNIT_KINDS.filter((k) => k !== "province");

const FORM_FIELDS = [
  "code",
  "name",
  "kind",
  "parentId",
  "validFrom",
  "validTo",
  "manySubordinates",
  "hasOneStopShop",
];
/** Adds a unit (units.create), validated first with the domain's CreateUnitInput. */
export function UnitCreateModal({ parentId, onClose }: { parentId: number | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [, navigate] = useLocation();
  const { t, lang } = useLang();
  // The unit the new one is added under (from the tree): one read, not the whole register.
  const startParent = useQuery({
    ...trpc.units.get.queryOptions({ id: parentId ?? 0 }),
    enabled: parentId !== null,
  });
  const parentKind = parentId === null ? null : (startParent.data?.unit.kind ?? null);
  const firstKind = useMemo(
    () =>
      CREATABLE_KINDS.find((k) =>
        (ALLOWED_PARENT_KINDS[k] as readonly UnitKind[]).includes(parentKind ?? "province"),
      ),
    [parentKind],
  );

  const [values, setValues] = useState<UnitFormValues>({
    code: "",
    name: "",
    validFrom: formatDate(todayIso()),
    manySubordinates: false,
    hasOneStopShop: false,
  });
  const [kind, setKind] = useState<UnitKind | null>(null);
  const [parent, setParent] = useState<number | null>(parentId);
  // The chosen parent's name and kind as the picker gave them; the starting one's from units.get.
  const [picked, setPicked] = useState<{ name: string | null; kind: UnitKind | null } | null>(null);
  const parentName = picked?.name ?? (parent === parentId ? (startParent.data?.unit.name ?? null) : null);
  const [validTo, setValidTo] = useState("");
  const { errors, summary, show, onServerError, edited } = useUnitFormErrors(FORM_FIELDS);
  const effectiveKind = kind ?? (parentId !== null ? (firstKind ?? null) : null);

  const create = useMutation(
    trpc.units.create.mutationOptions({
      onSuccess: async (unit) => {
        notify({ message: t("admin.units.created", { name: unit.name }) });
        await queryClient.invalidateQueries(trpc.units.pathFilter());
        onClose();
        navigate(`/units/${unit.id}`);
      },
      onError: onServerError,
    }),
  );

  const submit = () => {
    const dateErrors: FieldErrors = {};
    const from = readDate(values.validFrom, "validFrom", dateErrors, t("common.invalidDate"));
    const to = readDate(validTo, "validTo", dateErrors, t("common.invalidDate"));
    const input = {
      code: values.code,
      name: values.name,
      kind: effectiveKind,
      parentId: parent,
      manySubordinates: values.manySubordinates,
      hasOneStopShop: values.hasOneStopShop,
      validFrom: from,
      validTo: to,
    };
    const result = check(CreateUnitInput, input, lang);
    const all = { ...(result.errors ?? {}), ...dateErrors };
    // Same rule the server applies (UNIT.PARENT_KIND), told before the round trip.
    const chosenParentKind = parent === null ? null : (picked?.kind ?? parentKind);
    if (!effectiveKind) all.kind = t("admin.units.kindRequired");
    else if (!mayHaveParent(effectiveKind, chosenParentKind)) all.parentId = t("admin.units.parentKind");
    if (show(all) && result.data) create.mutate(result.data);
  };

  return (
    <UnitFormModal
      title={t("admin.units.addTitle")}
      testId="unit-create-form"
      values={values}
      onChange={(patch) => {
        setValues((v) => ({ ...v, ...patch }));
        edited(patch);
      }}
      errors={errors}
      summary={summary}
      pending={create.isPending}
      onSubmit={submit}
      onClose={onClose}
      besideCode={
        <Select
          label={t("unit.kind")}
          required
          data={CREATABLE_KINDS.map((k) => ({ value: k, label: unitKindLabel(k, lang) }))}
          value={effectiveKind}
          onChange={(v) => setKind(v as UnitKind | null)}
          error={errors.kind}
          allowDeselect={false}
        />
      }
      afterName={
        <ParentSelect
          kind={effectiveKind}
          value={parent}
          valueName={parentName}
          onChange={(id, name, kind) => {
            setParent(id);
            setPicked(id === null ? null : { name, kind });
          }}
          error={errors.parentId}
        />
      }
      besideValidFrom={
        <DateInput
          label={t("unit.validTo")}
          value={validTo}
          onChange={(e) => setValidTo(e.currentTarget.value)}
          error={errors.validTo}
        />
      }
    />
  );
}
