import { Anchor, Badge, Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { formatDate, useLang } from "@par/ui";
import { Link } from "wouter";
import { type CalendarInspection, movable, STATUS_COLORS } from "./inspection-chip";

/** The month's inspections as a table: the keyboard path to reschedule and schedule. */
export function InspectionList({
  inspections,
  canMove,
  onReschedule,
  onSchedule,
}: {
  inspections: readonly CalendarInspection[];
  canMove: boolean;
  onReschedule: (i: CalendarInspection) => void;
  onSchedule: (i: CalendarInspection) => void;
}) {
  const { t, lang } = useLang();
  return (
    <Paper withBorder p="md" data-testid="calendar-list">
      <Title order={3} size="h5" mb="xs">
        {t("admin.calendar.list")} ({inspections.length})
      </Title>
      {inspections.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("admin.calendar.none")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760} maxHeight={360}>
          <Table verticalSpacing={4} striped stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>{t("admin.calendar.dates")}</Table.Th>
                <Table.Th>{t("admin.calendar.unit")}</Table.Th>
                <Table.Th>{t("admin.calendar.leadBody")}</Table.Th>
                <Table.Th w={230} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inspections.map((i) => (
                <Table.Tr key={i.id} data-testid="calendar-row" data-inspection-id={i.id}>
                  <Table.Td>
                    <Text size="sm" fs={i.tentative ? "italic" : undefined}>
                      {formatDate(i.startDate)}
                      {i.endDate !== i.startDate ? ` – ${formatDate(i.endDate)}` : ""}
                    </Text>
                    {i.tentative && (
                      <Text size="xs" c="dimmed">
                        {t("admin.calendar.tentative")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} href={`/inspections/${i.id}`} size="sm">
                      {i.targetUnit.name}
                    </Anchor>
                    <Group gap={4} mt={2}>
                      <Badge size="xs" variant="light" color={STATUS_COLORS[i.status]} tt="none">
                        {t(`admin.insp.status.${i.status}`)}
                      </Badge>
                      <Badge
                        size="xs"
                        variant="outline"
                        color={i.form === "surprise" ? "grape" : "gray"}
                        tt="none"
                      >
                        {t(`admin.insp.form.${i.form}`)}
                      </Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{i.leadBodyName[lang]}</Text>
                  </Table.Td>
                  <Table.Td>
                    {canMove && movable(i) && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => onReschedule(i)}
                          aria-label={t("admin.calendar.rescheduleOf", { name: i.targetUnit.name })}
                          data-testid="reschedule-open"
                        >
                          {t("admin.calendar.reschedule")}
                        </Button>
                        {i.status === "draft" && (
                          <Button
                            size="compact-xs"
                            onClick={() => onSchedule(i)}
                            aria-label={t("admin.calendar.scheduleOf", { name: i.targetUnit.name })}
                            data-testid="schedule-open"
                          >
                            {t("admin.calendar.schedule")}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
