import { Alert, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import type { RestructurePlan } from "@par/domain";
import { formatDate, pickLanguage, useLang } from "@par/ui";

export type RestructurePreviewData = RestructurePlan & { token: string; ok: boolean };

const KIND_VI: Record<string, string> = { merge: "Sáp nhập", split: "Chia tách" };

/** What a restructuring would do — counts, errors by row, closes, opens, renames, successions — and Apply. */
export function RestructurePreview({
  p,
  applying,
  onApply,
}: {
  p: RestructurePreviewData;
  applying: boolean;
  onApply: () => void;
}) {
  const { t, lang } = useLang();
  const nameOf = (code: string) =>
    p.closes.find((c) => c.code === code)?.name ?? p.opens.find((o) => o.code === code)?.name ?? code;
  return (
    <Stack gap="sm" data-testid="restructure-preview" data-ok={String(p.ok)}>
      <Text size="sm">
        {t("restructure.dates", { closeOn: formatDate(p.closeOn), effective: formatDate(p.effectiveDate) })}
      </Text>
      <SimpleGrid cols={5} spacing="sm">
        <Count
          label={t("restructure.closes")}
          value={p.summary.closes}
          color="orange"
          testId="restructure-count-closes"
        />
        <Count
          label={t("restructure.opens")}
          value={p.summary.opens}
          color="green"
          testId="restructure-count-opens"
        />
        <Count
          label={t("restructure.renames")}
          value={p.summary.renames}
          color="blue"
          testId="restructure-count-renames"
        />
        <Count
          label={t("restructure.successions")}
          value={p.summary.successions}
          color="grape"
          testId="restructure-count-successions"
        />
        <Count
          label={t("restructure.errors")}
          value={p.summary.errors}
          color="red"
          testId="restructure-count-errors"
        />
      </SimpleGrid>
      {p.problems.length > 0 && (
        <Alert color="red" title={t("restructure.problems")} data-testid="restructure-problems">
          <List size="sm">
            {p.problems.map((x) => (
              <List.Item key={`${x.row}-${x.field}-${x.code}-${x.message}`}>
                {pickLanguage(x.message, lang)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c={p.ok ? "dimmed" : "red.8"}>
          {p.ok ? t("restructure.applyHint") : t("restructure.blocked")}
        </Text>
        <Button
          color="green"
          disabled={!p.ok}
          loading={applying}
          onClick={onApply}
          data-testid="restructure-apply"
        >
          {t("restructure.apply")}
        </Button>
      </Group>
      {p.successions.length > 0 && (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            {t("restructure.successionsTitle")}
          </Text>
          <Table striped data-testid="restructure-successions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("restructure.row")}</Table.Th>
                <Table.Th>{t("restructure.op")}</Table.Th>
                <Table.Th>{t("restructure.from")}</Table.Th>
                <Table.Th>{t("restructure.to")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.successions.map((s) => (
                <Table.Tr key={`${s.predecessorId}-${s.successorCode}`}>
                  <Table.Td>{s.row}</Table.Td>
                  <Table.Td>{lang === "vi" ? KIND_VI[s.kind] : s.kind}</Table.Td>
                  <Table.Td>{nameOf(s.predecessorCode)}</Table.Td>
                  <Table.Td>
                    {s.successorName}{" "}
                    {s.successorId === null && (
                      <Badge size="xs" color="green" variant="light">
                        {t("restructure.new")}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {p.renames.length > 0 && (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            {t("restructure.renamesTitle")}
          </Text>
          <List size="sm">
            {p.renames.map((r) => (
              <List.Item key={r.unitId}>
                {r.from} → {r.to}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {p.opens.length > 0 && (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            {t("restructure.opensTitle", { count: p.opens.length })}
          </Text>
          <List size="sm" data-testid="restructure-opens">
            {p.opens.slice(0, 200).map((o) => (
              <List.Item key={o.code}>
                {o.name} ({o.code}){o.reusesCode ? ` — ${t("restructure.reusesCode")}` : ""}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {p.closes.length > 0 && (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb="xs">
            {t("restructure.closesTitle", { count: p.closes.length, date: formatDate(p.closeOn) })}
          </Text>
          <List size="sm" data-testid="restructure-closes">
            {p.closes
              .filter((c) => c.withParent === null)
              .map((c) => (
                <List.Item key={c.unitId}>
                  {c.name} ({c.code})
                  {countUnder(p, c.code) > 0 &&
                    ` — ${t("restructure.withSubtree", { count: countUnder(p, c.code) })}`}
                </List.Item>
              ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}

function countUnder(p: RestructurePlan, code: string): number {
  return p.closes.filter((c) => c.withParent === code).length;
}

function Count({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="xs" data-testid={testId} data-value={value}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" c={value > 0 ? `${color}.8` : "dimmed"}>
        {value}
      </Text>
    </Paper>
  );
}
