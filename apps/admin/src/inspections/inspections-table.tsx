import { Anchor, Badge, Paper, Table, Text } from "@mantine/core";
import { formatDate, tierLabel, useLang } from "@par/ui";
import { Link } from "wouter";
import { formLabel, STATUS_COLORS, STATUS_LABELS, templateOrNull } from "./inspection-labels";
import type { InspectionSummary } from "./inspection-types";

/** One row per inspection; the unit's name opens it (a link, so the keyboard reaches it). */
export function InspectionsTable({ rows }: { rows: InspectionSummary[] }) {
  const { t, lang } = useLang();
  if (rows.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed" ta="center" data-testid="inspection-empty">
          {t("insp.list.empty")}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <Table striped highlightOnHover layout="fixed" data-testid="inspection-table" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("insp.field.unit")}</Table.Th>
            <Table.Th w={130}>{t("insp.field.tier")}</Table.Th>
            <Table.Th w={150}>{t("insp.field.form")}</Table.Th>
            <Table.Th w={170}>{t("insp.field.leadBody")}</Table.Th>
            <Table.Th w={190}>{t("insp.field.dates")}</Table.Th>
            <Table.Th w={150}>{t("insp.field.status")}</Table.Th>
            <Table.Th w={150}>{t("insp.field.teamLeader")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const template = templateOrNull(r.templateId);
            return (
              <Table.Tr key={r.id} data-testid="inspection-row">
                <Table.Td>
                  <Anchor component={Link} href={`/inspections/${r.id}`} fw={500} lineClamp={2}>
                    {r.targetUnit.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {r.targetUnit.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{tierLabel(r.targetUnit.tier, lang)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {formLabel(template, r.form, lang)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} data-testid="inspection-lead-body">
                    {r.leadBodyName[lang]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDate(r.startDate)} – {formatDate(r.endDate)}
                  </Text>
                  {r.tentative && (
                    <Text size="xs" c="dimmed">
                      {t("insp.tentative")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[r.status]} variant="light" style={{ textTransform: "none" }}>
                    {STATUS_LABELS[r.status][lang]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {r.teamLeader ?? "—"}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
