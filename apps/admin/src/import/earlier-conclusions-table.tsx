import { Table, Text } from "@mantine/core";
import { ISSUER_KIND_LABELS } from "@par/domain";
import { formatDate, useLang } from "@par/ui";
import type { EarlierPreview } from "./import-types";

/** The conclusions the commit would write, each with its recommendations (deadline, status). */
export function EarlierConclusionsTable({ conclusions }: { conclusions: EarlierPreview["conclusions"] }) {
  const { t, lang } = useLang();
  if (conclusions.length === 0) return null;
  return (
    <Table withTableBorder verticalSpacing={4} data-testid="earlier-import-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={220}>{t("earlierImport.unit")}</Table.Th>
          <Table.Th w={220}>{t("earlierImport.issuer")}</Table.Th>
          <Table.Th w={160}>{t("earlierImport.number")}</Table.Th>
          <Table.Th>{t("earlierImport.recommendations")}</Table.Th>
          <Table.Th w={110}>{t("earlierImport.deadline")}</Table.Th>
          <Table.Th w={130}>{t("earlierImport.status")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {conclusions.flatMap((c) =>
          c.recommendations.map((r, i) => (
            <Table.Tr key={`${c.unitId}-${c.number}-${c.date}-${r.row}`}>
              {i === 0 && (
                <>
                  <Table.Td rowSpan={c.recommendations.length}>
                    <Text size="sm">{c.unitName}</Text>
                    <Text size="xs" c="dimmed">
                      {c.unitCode}
                    </Text>
                  </Table.Td>
                  <Table.Td rowSpan={c.recommendations.length}>
                    <Text size="sm">{c.issuer}</Text>
                    <Text size="xs" c="dimmed">
                      {ISSUER_KIND_LABELS[c.issuerKind][lang]}
                    </Text>
                  </Table.Td>
                  <Table.Td rowSpan={c.recommendations.length}>
                    <Text size="sm">{c.number}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(c.date)}
                    </Text>
                  </Table.Td>
                </>
              )}
              <Table.Td>
                <Text size="sm">{r.text}</Text>
              </Table.Td>
              <Table.Td>{r.deadline ? formatDate(r.deadline) : "–"}</Table.Td>
              <Table.Td>{t(`earlierImport.statuses.${r.status}`)}</Table.Td>
            </Table.Tr>
          )),
        )}
      </Table.Tbody>
    </Table>
  );
}
