import { Alert, Button, Checkbox, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { ALLOWED_PARENT_KINDS, CreateUnitInput, mayHaveParent, UNIT_KINDS, type UnitKind } from "@par/domain";
import {
  DateInput,
  describeError,
  formatDate,
  todayIso,
  unitKindLabel,
  useLang,
  useNotify,
  useTRPC,
} from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { useLocation } from "wouter";
import { check, type FieldErrors, placeServerError, readDate, unitFieldLabel } from "./form-errors";
import { ParentSelect } from "./parent-select";

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
  const units = useQuery(trpc.units.list.queryOptions({}));
  const parentKind = units.data?.find((u) => u.id === parentId)?.kind ?? null;
  const firstKind = useMemo(
    () =>
      CREATABLE_KINDS.find((k) =>
        (ALLOWED_PARENT_KINDS[k] as readonly UnitKind[]).includes(parentKind ?? "province"),
      ),
    [parentKind],
  );

  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<UnitKind | null>(null);
  const [parent, setParent] = useState<number | null>(parentId);
  const [manySubordinates, setMany] = useState(false);
  const [hasOneStopShop, setOneStop] = useState(false);
  const [validFrom, setValidFrom] = useState(formatDate(todayIso()));
  const [validTo, setValidTo] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const effectiveKind = kind ?? (parentId !== null ? (firstKind ?? null) : null);

  const create = useMutation(
    trpc.units.create.mutationOptions({
      onSuccess: async (unit) => {
        notify({ message: t("admin.units.created", { name: unit.name }) });
        await queryClient.invalidateQueries(trpc.units.pathFilter());
        onClose();
        navigate(`/units/${unit.id}`);
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
    const to = readDate(validTo, "validTo", dateErrors, t("common.invalidDate"));
    const input = {
      code,
      name,
      kind: effectiveKind,
      parentId: parent,
      manySubordinates,
      hasOneStopShop,
      validFrom: from,
      validTo: to,
    };
    const result = check(CreateUnitInput, input, lang);
    const all = { ...(result.errors ?? {}), ...dateErrors };
    // Same rule the server applies (UNIT.PARENT_KIND), told before the round trip.
    const chosenParentKind = units.data?.find((u) => u.id === parent)?.kind ?? null;
    if (!effectiveKind) all.kind = t("admin.units.kindRequired");
    else if (!mayHaveParent(effectiveKind, chosenParentKind)) all.parentId = t("admin.units.parentKind");
    setErrors(all);
    setSummary(Object.keys(all).length > 0 ? t("admin.units.checkFields") : null);
    if (result.data && Object.keys(all).length === 0) create.mutate(result.data);
  };

  return (
    <Modal opened onClose={onClose} title={t("admin.units.addTitle")} size="lg">
      <form onSubmit={submit} noValidate data-testid="unit-create-form">
        <Stack gap="sm">
          {summary && (
            <Alert color="red" role="alert">
              {summary}
            </Alert>
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t("unit.code")}
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={errors.code}
            />
            <Select
              label={t("unit.kind")}
              required
              data={CREATABLE_KINDS.map((k) => ({ value: k, label: unitKindLabel(k, lang) }))}
              value={effectiveKind}
              onChange={(v) => setKind(v as UnitKind | null)}
              error={errors.kind}
              allowDeselect={false}
            />
          </Group>
          <TextInput
            label={t("unit.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <ParentSelect
            units={units.data ?? []}
            kind={effectiveKind}
            value={parent}
            onChange={setParent}
            error={errors.parentId}
          />
          <Group grow align="flex-start">
            <DateInput
              label={t("unit.validFrom")}
              required
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              error={errors.validFrom}
            />
            <DateInput
              label={t("unit.validTo")}
              value={validTo}
              onChange={(e) => setValidTo(e.currentTarget.value)}
              error={errors.validTo}
            />
          </Group>
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
            <Button type="submit" loading={create.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
