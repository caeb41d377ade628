import { Anchor, Stack, Table, Text } from "@mantine/core";
import { RATING_LABELS } from "@par/domain";
import type { ReactNode } from "react";
import { useLang } from "../i18n/use-lang";
import type { SelfCheckReport } from "./response-types";

/**
 * A self-check report read item by item: the checklist item, the unit's own rating with its note and
 * justification, its evidence files; `extra` adds a column (the team's own finding in the admin app).
 */
export function SelfCheckTable({
  report,
  extra,
}: {
  report: SelfCheckReport;
  extra?: { header: string; render: (itemCode: string) => ReactNode };
}) {
  const { t, lang } = useLang();
  const byCode = new Map(report.items.map((i) => [i.itemCode, i]));
  return (
    <Table layout="fixed" verticalSpacing="xs" data-testid="self-check-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("review.selfCheck.item")}</Table.Th>
          <Table.Th w={150}>{t("review.selfCheck.unitRating")}</Table.Th>
          <Table.Th w={260}>{t("review.selfCheck.justification")}</Table.Th>
          <Table.Th w={170}>{t("review.selfCheck.evidence")}</Table.Th>
          {extra && <Table.Th w={170}>{extra.header}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.checklist.map((c) => {
          const item = byCode.get(c.code);
          const files = report.evidence.filter((f) => f.itemCode === c.code);
          return (
            <Table.Tr key={c.code} data-testid="self-check-row" data-item={c.code}>
              <Table.Td>
                <Text size="sm">
                  <b>{c.code}</b> {lang === "vi" ? c.vi : c.en}
                </Text>
              </Table.Td>
              <Table.Td data-testid="self-check-rating">
                {item ? (
                  RATING_LABELS[item.rating][lang]
                ) : (
                  <Text c="dimmed" size="sm">
                    {t("review.selfCheck.notRated")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {item?.justification && <Text size="sm">{item.justification}</Text>}
                  {item?.note && (
                    <Text size="xs" c="dimmed">
                      {t("review.selfCheck.note")}: {item.note}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {files.map((f) => (
                    <Anchor key={f.id} href={f.url} target="_blank" size="sm">
                      {f.fileName}
                    </Anchor>
                  ))}
                </Stack>
              </Table.Td>
              {extra && <Table.Td>{extra.render(c.code)}</Table.Td>}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
