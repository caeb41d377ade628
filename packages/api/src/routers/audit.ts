import { isProvinceWide, ListAuditInput } from "@par/domain";
import { provinceOf } from "../access/province";
import { scopeOf } from "../access/unit-access";
import { listAudit } from "../db/audit.repository";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import { addDaysIso, startOfVietnamDay } from "../time";
import { cachedRead, permissionProcedure, router } from "../trpc";

export interface AuditRow {
  id: number;
  at: Date;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId: number | null;
  unitName: string | null;
  before: unknown;
  after: unknown;
}

export const auditRouter = router({
  /** Newest first. `from`/`to` are Vietnamese calendar days, both inclusive. */
  list: permissionProcedure("audit.read")
    .use(cachedRead)
    .input(ListAuditInput.optional())
    .query(async ({ ctx, input }) => {
      const f = input ?? ListAuditInput.parse({});
      // A province-wide reader reads its province's whole log (rows without a unit too); a unit-bound
      // one only rows about units of its subtree.
      const wide = isProvinceWide(ctx.session.assignments, "audit.read");
      const scope = wide ? "all" : scopeOf(ctx.session, "audit.read");
      const rows = await listAudit(ctx.db, {
        userId: f.userId,
        unitId: f.unitId,
        from: f.from ? startOfVietnamDay(f.from) : undefined,
        toExclusive: f.to ? startOfVietnamDay(addDaysIso(f.to, 1)) : undefined,
        beforeId: decodeKeyCursor(f.cursor, "null")?.id,
        provinceId: provinceOf(ctx.session),
        scopeRoots: scope === "all" ? undefined : scope,
        limit: f.limit + 1,
      });
      // Newest first: the id alone is the sort key, so the cursor carries no other key.
      return toPage(
        rows,
        f.limit,
        (r) => [null, r.id],
        (r): AuditRow => ({
          id: r.id,
          at: r.at,
          userId: r.user_id,
          username: r.username,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          unitId: r.unit_id,
          unitName: r.unit_name,
          before: r.before,
          after: r.after,
        }),
      );
    }),
});
