import type { ReminderPageInput } from "@par/domain";
import { hasPermission, type Permission, REMINDER_VERIFIER_PERMISSIONS } from "@par/domain";
import type { z } from "zod";
import type { Request } from "../access/request";
import { scopeOf } from "../access/unit-access";
import { pageReminders } from "../db/camera-reminder.repository";
import { decodeCursor, toPage } from "../db/keyset";
import type { UnitScope } from "../db/unit.repository";
import { fail } from "../errors";
import { reminderDtos } from "./reminder-dto";

/**
 * Who reads reminders: the camera reviewers and planners (camera.read), the province's verifiers, and
 * a unit's own clerks and head (their units), who answer them.
 */
export const REMINDER_READERS: readonly Permission[] = [
  "camera.read",
  ...REMINDER_VERIFIER_PERMISSIONS,
  "recommendations.respond",
  "submissions.approve",
];

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
  const page = toPage(
    rows,
    input.limit,
    (r) => [r.created_at.toISOString(), r.id],
    (r) => r,
  );
  return { ...page, items: await reminderDtos(q, q.db, page.items) };
}

export { reminderScope };
