import { Code, Collapse, Stack, Table, Text, UnstyledButton } from "@mantine/core";
import { useLang } from "@par/ui";
import { useState } from "react";
import { diffJson } from "./json-diff";

const COLORS = { added: "green.0", removed: "red.0", changed: "yellow.0" } as const;

/** The before/after of one audit row as a table of changed fields, with the full JSON on demand. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useLang();
  const [raw, setRaw] = useState(false);
  const { rows, unchanged } = diffJson(before, after);
  if (rows.length === 0 && unchanged === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("audit.noChange")}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="audit-diff">
      <Table layout="fixed" withTableBorder verticalSpacing={4} fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={220}>{t("audit.field")}</Table.Th>
            <Table.Th>{t("audit.before")}</Table.Th>
            <Table.Th>{t("audit.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.path} bg={COLORS[r.change]}>
              <Table.Td style={{ fontFamily: "monospace", wordBreak: "break-all" }}>{r.path}</Table.Td>
              <Table.Td style={{ wordBreak: "break-word", whiteSpace: "pre-wrap" }}>
                {r.before ?? "—"}
              </Table.Td>
              <Table.Td style={{ wordBreak: "break-word", whiteSpace: "pre-wrap" }}>
                {r.after ?? "—"}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {unchanged > 0 && (
        <Text size="xs" c="dimmed">
          {t("audit.unchanged", { count: unchanged })}
        </Text>
      )}
      <UnstyledButton onClick={() => setRaw((v) => !v)} fz="xs" c="blue.7" aria-expanded={raw}>
        {t("audit.raw")} {raw ? "▲" : "▼"}
      </UnstyledButton>
      <Collapse expanded={raw}>
        <Code block fz="xs" mah={300} style={{ overflow: "auto" }}>
          {JSON.stringify({ before, after }, null, 2)}
        </Code>
      </Collapse>
    </Stack>
  );
}
