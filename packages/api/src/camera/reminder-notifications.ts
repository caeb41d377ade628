import { CONDUCT_ITEMS } from "@par/domain";
import type { Db } from "../db/database";
import { insertNotifications } from "../db/notification.repository";

/**
 * Each camera reminder reaches its unit's inbox (issue 10 §7 → issue 9 §8), in the transaction that
 * writes it; the dedupe key keeps one notification per reminder.
 */
export async function notifyUnitsOfReminders(
  db: Db,
  reminders: readonly { id: number; unit_id: number; items: readonly string[] }[],
): Promise<void> {
  await insertNotifications(
    db,
    reminders.map((n) => ({
      unit_id: n.unit_id,
      kind: "camera_reminder" as const,
      subject: reminderSubject(n.items),
      due_date: null,
      link: "/portal/camera-reminders",
      dedupe_key: `camera:${n.id}`,
    })),
  );
}

/** The inbox line: what was seen, in Vietnamese (the inbox shows the kind's bilingual title above it). */
function reminderSubject(items: readonly string[]): string {
  const seen = items.map((code) => CONDUCT_ITEMS.find((i) => i.code === code)?.vi ?? code);
  return seen.length > 0 ? seen.join("; ") : "Vi phạm tại quầy một cửa";
}
