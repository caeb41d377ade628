import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { RESTRUCTURE_OP_LABELS, RESTRUCTURE_OPS, type RestructureOp } from "@par/domain";
import { DateInput, parseDateInput, useLang } from "@par/ui";
import { useState } from "react";

interface FormRow {
  op: RestructureOp;
  sourceCode: string;
  targetCode: string;
  targetName: string;
  targetKind: string;
  parentCode: string;
}

const EMPTY: FormRow = {
  op: "rename",
  sourceCode: "",
  targetCode: "",
  targetName: "",
  targetKind: "",
  parentCode: "",
};

/**
 * A restructuring typed line by line (a rename or a merge without making a file). The server checks it
 * exactly like an uploaded table; errors come back by line.
 */
export function RestructureForm({
  running,
  onPreview,
}: {
  running: boolean;
  onPreview: (input: { effectiveDate: string; rows: FormRow[] }) => void;
}) {
  const { t, lang } = useLang();
  const [rows, setRows] = useState<FormRow[]>([{ ...EMPTY }]);
  // A stable key per line, so that removing one does not shift the others' inputs.
  const [keys, setKeys] = useState<number[]>([0]);
  const [effective, setEffective] = useState("");
  const [dateError, setDateError] = useState<string | undefined>();
  const set = (i: number, patch: Partial<FormRow>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const cell = (i: number, key: keyof Omit<FormRow, "op">, label: string) => (
    <TextInput
      size="xs"
      aria-label={label}
      value={rows[i]![key]}
      onChange={(e) => set(i, { [key]: e.currentTarget.value })}
      data-testid={`restructure-form-${key}-${i}`}
    />
  );
  return (
    <Paper withBorder p="md" data-testid="restructure-form">
      <Text fw={600} mb="xs">
        {t("restructure.formTitle")}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("restructure.op")}</Table.Th>
            <Table.Th>{t("restructure.field.sourceCode")}</Table.Th>
            <Table.Th>{t("restructure.field.targetCode")}</Table.Th>
            <Table.Th>{t("restructure.field.targetName")}</Table.Th>
            <Table.Th>{t("restructure.field.targetKind")}</Table.Th>
            <Table.Th>{t("restructure.field.parentCode")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={keys[i]}>
              <Table.Td>
                <NativeSelect
                  size="xs"
                  aria-label={t("restructure.op")}
                  value={r.op}
                  onChange={(e) => set(i, { op: e.currentTarget.value as RestructureOp })}
                  data={RESTRUCTURE_OPS.map((op) => ({ value: op, label: RESTRUCTURE_OP_LABELS[op][lang] }))}
                  data-testid={`restructure-form-op-${i}`}
                />
              </Table.Td>
              <Table.Td>{cell(i, "sourceCode", t("restructure.field.sourceCode"))}</Table.Td>
              <Table.Td>{cell(i, "targetCode", t("restructure.field.targetCode"))}</Table.Td>
              <Table.Td>{cell(i, "targetName", t("restructure.field.targetName"))}</Table.Td>
              <Table.Td>{cell(i, "targetKind", t("restructure.field.targetKind"))}</Table.Td>
              <Table.Td>{cell(i, "parentCode", t("restructure.field.parentCode"))}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t("restructure.removeLine")}
                  disabled={rows.length === 1}
                  onClick={() => {
                    setRows((rs) => rs.filter((_, j) => j !== i));
                    setKeys((ks) => ks.filter((_, j) => j !== i));
                  }}
                >
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="sm" mt="sm">
        <Group align="flex-end">
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              setRows((rs) => [...rs, { ...EMPTY }]);
              setKeys((ks) => [...ks, Math.max(...ks) + 1]);
            }}
            data-testid="restructure-form-add"
          >
            {t("restructure.addLine")}
          </Button>
          <DateInput
            label={t("restructure.effectiveDate")}
            required
            value={effective}
            onChange={(e) => setEffective(e.currentTarget.value)}
            error={dateError}
            data-testid="restructure-form-date"
          />
          <Button
            loading={running}
            onClick={() => {
              const iso = parseDateInput(effective);
              setDateError(iso ? undefined : t("common.invalidDate"));
              if (iso) onPreview({ effectiveDate: iso, rows });
            }}
            data-testid="restructure-form-preview"
          >
            {t("restructure.preview")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
