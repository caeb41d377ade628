import { ListAuditInput } from "@par/domain";
import { scopeOf } from "../access/unit-access";
import { listAudit } from "../db/audit.repository";
import { subtreeIds } from "../db/unit.repository";
import { addDaysIso, startOfVietnamDay } from "../time";
import { permissionProcedure, router } from "../trpc";

export interface AuditRow {
  id: number;
  at: Date;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId: number | null;
  before: unknown;
  after: unknown;
}

export const auditRouter = router({
  /** Newest first. `from`/`to` are Vietnamese calendar days, both inclusive. */
  list: permissionProcedure("audit.read")
    .input(ListAuditInput.optional())
    .query(async ({ ctx, input }) => {
      const f = input ?? ListAuditInput.parse({});
      const scope = scopeOf(ctx.session, "audit.read");
      const rows = await listAudit(ctx.db, {
        userId: f.userId,
        unitId: f.unitId,
        from: f.from ? startOfVietnamDay(f.from) : undefined,
        toExclusive: f.to ? startOfVietnamDay(addDaysIso(f.to, 1)) : undefined,
        beforeId: f.cursor ?? undefined,
        unitIds: scope === "all" ? undefined : await subtreeIds(ctx.db, scope),
        limit: f.limit + 1,
      });
      const items: AuditRow[] = rows.slice(0, f.limit).map((r) => ({
        id: r.id,
        at: r.at,
        userId: r.user_id,
        username: r.username,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        unitId: r.unit_id,
        before: r.before,
        after: r.after,
      }));
      const nextCursor = rows.length > f.limit ? (items[items.length - 1]?.id ?? null) : null;
      return { items, nextCursor };
    }),
});
