import type { Clash } from "@par/domain";
import type { Request } from "../access/request";
import { insertAudit } from "../db/audit.repository";
import { insertConflictIfNew } from "../db/conflict.repository";
import type { Db } from "../db/database";

export const CONFLICT_ENTITY = "schedule_conflict";

/**
 * After a change is saved: its clashes with inspections the actor could not see become conflicts for
 * those who may see both (R5). Same transaction as the change, and nothing of it reaches the
 * actor's answer. The audit row names no unit: a unit-scoped reader of the log must not find the
 * secret's unit there.
 */
export async function recordHiddenClashes(
  q: Request,
  db: Db,
  inspectionId: number,
  clashes: readonly Clash[],
): Promise<void> {
  for (const c of clashes) {
    const row = {
      inspection_id: inspectionId,
      hidden_inspection_id: c.otherId,
      kind: c.kind,
      member: c.member,
      first_day: c.firstDay,
      detected_at: q.now,
      detected_by: q.user.userId,
    };
    const id = await insertConflictIfNew(db, row);
    if (id === null) continue;
    await insertAudit(db, q.actor, {
      action: "detect_conflict",
      entity: CONFLICT_ENTITY,
      entityId: id,
      unitId: null,
      before: null,
      after: { id, ...row },
    });
  }
}
