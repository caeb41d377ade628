import { Anchor, Group, Image, Modal, Stack, Text } from "@mantine/core";
import { CONDUCT_ITEMS } from "@par/domain";
import { formatDateTime } from "../format/date";
import { useLang } from "../i18n/use-lang";
import { useScreenDictionary } from "../i18n/use-screen-dictionary";
import { REMINDER_ANSWER_DICTIONARY } from "./reminder-answer-dictionary";
import { ReminderAnswerPanel, type ReminderItem } from "./reminder-answer-panel";

const ITEM_LABELS = new Map(CONDUCT_ITEMS.map((i) => [i.code as string, i]));

/** One reminder (what was seen, its snapshots) with its answer, opened from a list of reminders. */
export function ReminderAnswerModal({ reminder, onClose }: { reminder: ReminderItem; onClose: () => void }) {
  useScreenDictionary(REMINDER_ANSWER_DICTIONARY);
  const { t, lang } = useLang();
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={`${reminder.unitName} · ${t("reminderAnswer.counter", { number: reminder.counterNumber, name: reminder.counterName })}`}
    >
      <Stack gap="sm" data-testid="reminder-modal">
        <Text size="sm">
          {formatDateTime(reminder.watchedFrom)}–{formatDateTime(reminder.watchedTo).slice(-5)}:{" "}
          {reminder.items.map((c) => ITEM_LABELS.get(c)?.[lang] ?? c).join("; ")}
        </Text>
        {reminder.note && (
          <Text size="sm" c="dimmed">
            {reminder.note}
          </Text>
        )}
        {reminder.snapshotUrls.length > 0 && (
          <Group gap={6}>
            {reminder.snapshotUrls.map((url) => (
              <Anchor key={url} href={url} target="_blank" rel="noreferrer">
                <Image src={url} alt="" h={90} w={160} fit="cover" radius="xs" />
              </Anchor>
            ))}
          </Group>
        )}
        <ReminderAnswerPanel key={`${reminder.id}-${reminder.reviewState}`} reminder={reminder} />
      </Stack>
    </Modal>
  );
}
