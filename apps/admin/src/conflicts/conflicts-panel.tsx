import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { formatDate, formatDateTime, QueryError, useLang } from "@par/ui";
import { useState } from "react";
import { ResolveConflictModal } from "./resolve-conflict-modal";
import { useConflicts } from "./use-conflicts";

interface Side {
  id: number;
  targetUnit: { name: string };
  leadBodyName: { vi: string; en: string };
  form: string;
  startDate: string;
  endDate: string;
}

function InspectionCell({ i }: { i: Side }) {
  const { t, lang } = useLang();
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {i.targetUnit.name}
      </Text>
      <Text size="xs" c="dimmed">
        {i.leadBodyName[lang]} · {t(`admin.insp.form.${i.form}`)} · {formatDate(i.startDate)}
        {i.endDate !== i.startDate ? ` – ${formatDate(i.endDate)}` : ""}
      </Text>
    </Stack>
  );
}

/**
 * "Xung đột lịch": clashes the server accepted without telling their author (R5), for Sở Nội vụ and
 * the hidden inspection's lead body to resolve. Shown on the calendar page to those who run inspections.
 */
export function ConflictsPanel() {
  const { t, lang } = useLang();
  const [showResolved, setShowResolved] = useState(false);
  const { enabled, query } = useConflicts(showResolved);
  const [resolving, setResolving] = useState<number | null>(null);
  if (!enabled) return null;
  const rows = query.data ?? [];
  const open = rows.filter((c) => c.resolvedAt === null).length;
  if (query.isSuccess && rows.length === 0 && !showResolved) return null;
  return (
    <Paper
      withBorder
      p="md"
      data-testid="conflicts-panel"
      style={{ borderColor: "var(--mantine-color-red-4)" }}
    >
      <Group justify="space-between" mb={4}>
        <Group gap="xs">
          <Title order={3} size="h5">
            {t("conflicts.title")}
          </Title>
          <Badge color={open > 0 ? "red" : "gray"} size="sm" circle>
            {open}
          </Badge>
        </Group>
        <Checkbox
          size="xs"
          label={t("conflicts.showResolved")}
          checked={showResolved}
          onChange={(e) => setShowResolved(e.currentTarget.checked)}
        />
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t("conflicts.hint")}
      </Text>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("conflicts.none")}
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={100}>{t("conflicts.day")}</Table.Th>
                <Table.Th w={190}>{t("conflicts.kind")}</Table.Th>
                <Table.Th>{t("conflicts.inspection")}</Table.Th>
                <Table.Th>{t("conflicts.hidden")}</Table.Th>
                <Table.Th w={170}>{t("conflicts.detected")}</Table.Th>
                <Table.Th w={120} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id} data-testid="conflict-row" data-conflict-id={c.id}>
                  <Table.Td>{formatDate(c.firstDay)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.kindLabel[lang]}</Text>
                    {c.member && (
                      <Text size="xs" c="dimmed">
                        {c.member}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <InspectionCell i={c.inspection} />
                  </Table.Td>
                  <Table.Td>
                    <InspectionCell i={c.hidden} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{formatDateTime(c.detectedAt)}</Text>
                    {c.detectedBy && (
                      <Text size="xs" c="dimmed">
                        {t("conflicts.by", { name: c.detectedBy })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {c.resolvedAt === null ? (
                      <Button size="xs" color="red" variant="light" onClick={() => setResolving(c.id)}>
                        {t("conflicts.resolve")}
                      </Button>
                    ) : (
                      <Text size="xs" c="dimmed" title={c.note ?? ""}>
                        {t("conflicts.resolvedOn", { date: formatDate(c.resolvedAt) })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {resolving !== null && <ResolveConflictModal id={resolving} onClose={() => setResolving(null)} />}
    </Paper>
  );
}
