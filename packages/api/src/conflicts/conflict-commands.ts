import type { ResolveConflictInput } from "@par/domain";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import { listConflictRows, lockConflict, markResolved } from "../db/conflict.repository";
import { fail } from "../errors";
import { CONFLICT_ENTITY } from "../inspections/schedule-conflicts";
import { type ConflictDto, toDto, visibleConflicts } from "./conflict-reads";

function conflictNotFound(): never {
  fail("CONFLICT.NOT_FOUND", "Không tìm thấy xung đột lịch / Scheduling conflict not found", "id");
}

/** conflicts.resolve: the note says what was done (dates moved, member replaced, accepted as is). */
export async function resolveConflict(q: Request, input: ResolveConflictInput): Promise<ConflictDto> {
  return audited(q.db, q.actor, async (trx) => {
    await lockConflict(trx, input.id);
    const [found] = await visibleConflicts(
      q,
      trx,
      await listConflictRows(trx, { includeResolved: true, id: input.id }),
    );
    if (!found) conflictNotFound();
    if (found.row.resolved_at !== null) {
      fail(
        "CONFLICT.RESOLVED",
        "Xung đột lịch này đã được xử lý / This scheduling conflict is already resolved",
        "id",
      );
    }
    const before = toDto(found);
    await markResolved(trx, found.row.id, {
      resolved_at: q.now,
      resolved_by: q.user.userId,
      note: input.note,
    });
    const [after] = await visibleConflicts(
      q,
      trx,
      await listConflictRows(trx, { includeResolved: true, id: input.id }),
    );
    const dto = toDto(after!);
    return {
      result: dto,
      audit: {
        action: "resolve",
        entity: CONFLICT_ENTITY,
        entityId: found.row.id,
        unitId: null,
        before,
        after: dto,
      },
    };
  });
}
