import type { ReminderPageInput } from "@par/domain";
import { hasPermission, type Permission } from "@par/domain";
import type { z } from "zod";
import type { Request } from "../access/request";
import { scopeOf } from "../access/unit-access";
import { pageReminders } from "../db/camera-reminder.repository";
import { decodeCursor, toPage } from "../db/keyset";
import type { UnitScope } from "../db/unit.repository";
import { fail } from "../errors";

/** Who reads reminders: the camera reviewers and planners (camera.read), and a unit's own clerks (their units). */
export const REMINDER_READERS: readonly Permission[] = ["camera.read", "recommendations.respond"];

function reminderScope(q: Request): UnitScope {
  const roots: number[] = [];
  for (const p of REMINDER_READERS) {
    const s = scopeOf(q.user, p);
    if (s === "all") return "all";
    roots.push(...s);
  }
  return roots;
}

export async function listReminders(q: Request, input: z.infer<typeof ReminderPageInput>) {
  if (!REMINDER_READERS.some((p) => hasPermission(q.user.assignments, p)))
    fail("ACCESS.PERMISSION", "Bạn không có quyền thực hiện thao tác này / You may not do this");
  const after = decodeCursor(input.cursor);
  const rows = await pageReminders(q.db, {
    scope: reminderScope(q),
    unitId: input.unitId,
    after: after ? { key: String(after.key), id: Number(after.id) } : null,
    limit: input.limit,
  });
  return toPage(
    rows,
    input.limit,
    (r) => [r.created_at.toISOString(), r.id],
    (r) => ({
      id: r.id,
      reviewId: r.review_id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      counterNumber: r.counter_number,
      counterName: r.counter_name,
      items: r.items,
      note: r.note,
      severity: r.severity,
      snapshotIds: r.snapshot_ids,
      status: r.status,
      watchedFrom: r.watched_from,
      watchedTo: r.watched_to,
      createdAt: r.created_at,
      /** Each snapshot through the server's authenticated route (the unit's clerk may open these). */
      snapshotUrls: r.snapshot_ids.map((id) => `/files/camera/snapshots/${id}`),
    }),
  );
}

export { reminderScope };
