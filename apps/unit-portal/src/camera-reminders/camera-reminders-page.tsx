import { Anchor, Badge, Group, Image, Stack, Text, Title } from "@mantine/core";
import { CONDUCT_ITEMS, SEVERITY_LABELS } from "@par/domain";
import { formatDateTime, QueryError, useLang } from "@par/ui";
import {
  ReminderAnswerCell,
  ReminderAnswerModal,
  type ReminderItem,
  useReminderPages,
} from "@par/ui/camera-reminders";
import { type PagedColumn, PagedTable } from "@par/ui/paged";

const ITEM_LABELS = new Map(CONDUCT_ITEMS.map((i) => [i.code as string, i]));

/** "Nhắc nhở qua camera": what the province's reviewers saw on my units' one-stop counters, newest first. */
export function CameraRemindersPage() {
  const { t, lang } = useLang();
  const { list, pages, open, setOpenId } = useReminderPages();
  const columns: PagedColumn<ReminderItem>[] = [
    {
      key: "when",
      header: t("portal.cameraReminders.when"),
      width: 170,
      render: (r) => (
        <Text size="sm">
          {formatDateTime(r.watchedFrom)}–{formatDateTime(r.watchedTo).slice(-5)}
        </Text>
      ),
    },
    {
      key: "counter",
      header: t("portal.cameraReminders.counter"),
      width: 220,
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm">
            {r.counterNumber}. {r.counterName}
          </Text>
          <Text size="xs" c="dimmed">
            {r.unitName}
          </Text>
        </Stack>
      ),
    },
    {
      key: "items",
      header: t("portal.cameraReminders.items"),
      render: (r) => (
        <Stack gap={2}>
          {r.items.map((code) => (
            <Text key={code} size="sm">
              • {ITEM_LABELS.get(code)?.[lang] ?? code}
            </Text>
          ))}
          {r.note && (
            <Text size="xs" c="dimmed">
              {r.note}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: "severity",
      header: t("portal.cameraReminders.severity"),
      width: 130,
      render: (r) => (
        <Badge
          color={r.severity === "serious" ? "red" : "orange"}
          variant="light"
          style={{ textTransform: "none" }}
        >
          {SEVERITY_LABELS[r.severity as keyof typeof SEVERITY_LABELS][lang]}
        </Badge>
      ),
    },
    {
      key: "snapshots",
      header: t("portal.cameraReminders.snapshots"),
      width: 190,
      render: (r) => (
        <Group gap={4}>
          {r.snapshotUrls.map((url, k) => (
            <Anchor key={url} href={url} target="_blank" rel="noreferrer">
              <Image
                src={url}
                alt={t("portal.cameraReminders.snapshot", { n: k + 1 })}
                h={48}
                w={80}
                fit="cover"
                radius="xs"
                data-testid="camera-reminder-snapshot"
              />
            </Anchor>
          ))}
        </Group>
      ),
    },
    {
      key: "answer",
      header: t("portal.cameraReminders.answer"),
      width: 200,
      render: (r) => (
        <ReminderAnswerCell
          reminder={r}
          actLabel={t("portal.cameraReminders.answerNow")}
          viewLabel={t("portal.cameraReminders.view")}
          testId="camera-reminder-open"
          onOpen={setOpenId}
        />
      ),
    },
  ];
  return (
    <Stack gap="md" data-testid="camera-reminders-page">
      <div>
        <Title order={2}>{t("portal.cameraReminders.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("portal.cameraReminders.subtitle")}
        </Text>
      </div>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <PagedTable
          pages={pages}
          columns={columns}
          rowKey={(r) => r.id}
          maxHeight="calc(100vh - 240px)"
          testId="camera-reminders"
          empty={t("portal.cameraReminders.empty")}
        />
      )}
      {open && <ReminderAnswerModal reminder={open} onClose={() => setOpenId(null)} />}
    </Stack>
  );
}
