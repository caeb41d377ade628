import { foldVietnamese, type RestructurePlan, tierOfKind } from "@par/domain";
import { type AuditActor, insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { insertFormerName, insertSuccession } from "../db/succession.repository";
import { insertUnit, updateUnit } from "../db/unit.repository";
import { allUnits } from "../db/unit-import.repository";
import { toUnitDto } from "./unit-dto";

export interface RestructureSummary {
  closed: number;
  created: number;
  renamed: number;
  successions: number;
}

/**
 * Writes a checked restructuring plan (no problems) inside the caller's transaction, each change with its
 * audit row: closes first (so that a code may pass to a new unit), then new units parents first, then
 * renames (the old name kept in unit_former_names), then successions. Used by units.restructureApply,
 * the 2025 CLI and the seed alike.
 */
export async function writeRestructuring(
  trx: Db,
  actor: AuditActor,
  plan: RestructurePlan,
): Promise<RestructureSummary> {
  if (plan.problems.length > 0) throw new Error("writeRestructuring: the plan has problems");
  const audit = (
    action: string,
    entity: string,
    entityId: number,
    unitId: number,
    before: unknown,
    after: unknown,
  ) => insertAudit(trx, actor, { action, entity, entityId, unitId, before, after });
  const register = await allUnits(trx);
  const byId = new Map(register.map((u) => [u.id, u]));

  for (const c of plan.closes) {
    const after = await updateUnit(trx, c.unitId, { valid_to: plan.closeOn, updated_at: actor.now });
    await audit(
      "restructure.close",
      "org_unit",
      c.unitId,
      c.unitId,
      toUnitDto(byId.get(c.unitId)!),
      toUnitDto(after),
    );
  }

  const closing = new Set(plan.closes.map((c) => c.unitId));
  const idOfCode = new Map(
    register
      .filter(
        (u) =>
          !closing.has(u.id) &&
          u.valid_from <= plan.effectiveDate &&
          (u.valid_to === null || u.valid_to >= plan.effectiveDate),
      )
      .map((u) => [u.code.toLowerCase(), u.id]),
  );
  let pending = [...plan.opens];
  while (pending.length > 0) {
    const ready = pending.filter((o) => o.parentCode === null || idOfCode.has(o.parentCode.toLowerCase()));
    if (ready.length === 0) throw new Error("writeRestructuring: a new unit's parent never opens");
    for (const o of ready) {
      const row = await insertUnit(trx, {
        code: o.code,
        name: o.name,
        search_name: foldVietnamese(o.name),
        kind: o.kind,
        tier: tierOfKind(o.kind),
        parent_id: o.parentCode === null ? null : idOfCode.get(o.parentCode.toLowerCase())!,
        has_one_stop_shop: o.kind === "district" || o.kind === "commune",
        valid_from: plan.effectiveDate,
        valid_to: null,
        created_at: actor.now,
        updated_at: actor.now,
      });
      idOfCode.set(o.code.toLowerCase(), row.id);
      await audit("restructure.create", "org_unit", row.id, row.id, null, {
        ...toUnitDto(row),
        reusesCode: o.reusesCode,
      });
    }
    pending = pending.filter((o) => !ready.includes(o));
  }

  for (const r of plan.renames) {
    await insertFormerName(trx, r.unitId, r.from, plan.closeOn, actor.now);
    const after = await updateUnit(trx, r.unitId, {
      name: r.to,
      search_name: foldVietnamese(r.to),
      updated_at: actor.now,
    });
    await audit("restructure.rename", "org_unit", r.unitId, r.unitId, toUnitDto(byId.get(r.unitId)!), {
      ...toUnitDto(after),
      nameFrom: plan.effectiveDate,
    });
  }

  for (const s of plan.successions) {
    const successorId = s.successorId ?? idOfCode.get(s.successorCode.toLowerCase())!;
    const id = await insertSuccession(trx, {
      predecessorId: s.predecessorId,
      successorId,
      kind: s.kind,
      effectiveDate: plan.effectiveDate,
      by: actor.userId,
      at: actor.now,
    });
    await audit("restructure.succession", "unit_succession", id, successorId, null, {
      predecessorId: s.predecessorId,
      successorId,
      kind: s.kind,
      effectiveDate: plan.effectiveDate,
    });
  }
  return {
    closed: plan.closes.length,
    created: plan.opens.length,
    renamed: plan.renames.length,
    successions: plan.successions.length,
  };
}
