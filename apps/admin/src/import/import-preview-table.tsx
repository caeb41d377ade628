import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { pickLanguage, unitTypeLabel, useLang } from "@par/ui";
import { useState } from "react";
import type { ImportRow } from "./import-types";

const PAGE = 200;
const ACTION_COLORS = { create: "green", update: "blue", unchanged: "gray", close: "orange" } as const;

/** The preview's rows: action per row, and each row's errors in red under it. */
export function ImportPreviewTable({ rows }: { rows: ImportRow[] }) {
  const { t, lang } = useLang();
  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  const [onlyErrors, setOnlyErrors] = useState(withErrors > 0);
  const [shown, setShown] = useState(PAGE);
  const list = onlyErrors ? rows.filter((r) => r.errors.length > 0) : rows;
  const visible = list.slice(0, shown);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Checkbox
            label={`${t("unitImport.onlyErrors")} (${withErrors})`}
            checked={onlyErrors}
            onChange={(e) => setOnlyErrors(e.currentTarget.checked)}
            disabled={withErrors === 0}
            data-testid="import-only-errors"
          />
          <Text size="sm" c="dimmed">
            {t("unitImport.showing", { shown: visible.length, total: list.length })}
          </Text>
        </Group>
        <Table layout="fixed" verticalSpacing={4} data-testid="import-preview-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t("unitImport.row")}</Table.Th>
              <Table.Th w={120}>{t("unitImport.code")}</Table.Th>
              <Table.Th>{t("unitImport.name")}</Table.Th>
              <Table.Th w={110}>{t("unitImport.kind")}</Table.Th>
              <Table.Th w={120}>{t("unitImport.parentCode")}</Table.Th>
              <Table.Th w={150}>{t("unitImport.action")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((r, i) => {
              const bad = r.errors.length > 0;
              return (
                <Table.Tr
                  key={`${r.row ?? "x"}-${r.code}-${i}`}
                  bg={bad ? "red.0" : undefined}
                  data-testid="import-row"
                  data-error={bad ? "true" : "false"}
                >
                  <Table.Td>{r.row ?? "—"}</Table.Td>
                  <Table.Td style={{ fontFamily: "monospace" }}>{r.code || "—"}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.name || "—"}</Text>
                    {r.previousName && (
                      <Text size="xs" c="dimmed">
                        {t("unitImport.was", { name: r.previousName })}
                      </Text>
                    )}
                    {r.errors.map((e) => (
                      <Text key={`${e.code}-${e.field}`} size="xs" c="red.8" data-testid="import-row-error">
                        {pickLanguage(e.message, lang)}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>{r.kind ? unitTypeLabel(r.kind, r.name, lang, true) : "—"}</Table.Td>
                  <Table.Td style={{ fontFamily: "monospace" }}>{r.parentCode || "—"}</Table.Td>
                  <Table.Td>
                    {r.action ? (
                      <Badge
                        color={ACTION_COLORS[r.action]}
                        variant="light"
                        style={{ textTransform: "none" }}
                      >
                        {t(`unitImport.${r.action}`)}
                      </Badge>
                    ) : (
                      <Badge color="red" variant="filled" style={{ textTransform: "none" }}>
                        {t("unitImport.errors")}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {list.length > shown && (
          <Button variant="subtle" size="xs" onClick={() => setShown((n) => n + PAGE)}>
            {t("unitImport.more", { count: Math.min(PAGE, list.length - shown) })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
