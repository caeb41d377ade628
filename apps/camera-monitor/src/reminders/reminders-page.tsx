import { Stack, Text, Title } from "@mantine/core";
import { CONDUCT_ITEMS } from "@par/domain";
import { formatDateTime, QueryError, useLang } from "@par/ui";
import {
  ReminderAnswerCell,
  ReminderAnswerModal,
  type ReminderItem,
  useReminderPages,
} from "@par/ui/camera-reminders";
import { type PagedColumn, PagedTable } from "@par/ui/paged";

/**
 * Reminders (nhắc nhở) sent to units from violations, newest first, with where each unit's answer
 * stands: a reviewer or Sở Nội vụ opens one, reads the answer and its evidence, accepts or returns it.
 */
export function RemindersPage() {
  const { t, lang } = useLang();
  const { list, pages, open, setOpenId } = useReminderPages();
  const label = (code: string) => CONDUCT_ITEMS.find((i) => i.code === code)?.[lang] ?? code;
  const columns: PagedColumn<ReminderItem>[] = [
    { key: "at", header: t("camera.watchedFrom"), width: 150, render: (r) => formatDateTime(r.watchedFrom) },
    { key: "unit", header: t("camera.shop"), render: (r) => r.unitName },
    {
      key: "counter",
      header: t("camera.counter"),
      render: (r) => t("camera.counterTitle", { number: r.counterNumber, name: r.counterName }),
    },
    {
      key: "items",
      header: t("camera.items"),
      render: (r) => (
        <Stack gap={0}>
          <Text size="xs">{r.items.map(label).join("; ")}</Text>
          {r.note && (
            <Text size="xs" c="dimmed">
              {r.note}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: "answer",
      header: t("camera.reminders.answer"),
      width: 220,
      render: (r) => (
        <ReminderAnswerCell
          reminder={r}
          actLabel={t("camera.reminders.verify")}
          viewLabel={t("camera.reminders.view")}
          testId="reminder-open"
          onOpen={setOpenId}
        />
      ),
    },
  ];
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t("camera.reminders.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("camera.reminders.subtitle")}
        </Text>
      </div>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(r) => r.id}
          maxHeight="calc(100vh - 220px)"
          testId="reminders-table"
          empty={t("camera.reminders.empty")}
        />
      )}
      {open && <ReminderAnswerModal reminder={open} onClose={() => setOpenId(null)} />}
    </Stack>
  );
}
