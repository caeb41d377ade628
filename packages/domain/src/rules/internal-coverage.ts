import type { PlanTemplate } from "../templates/template-types";
import type { UnitKind } from "../units/unit-kinds";
import { isInPool, requiredCount, type UnitRef } from "../units/unit-ref";

export interface InternalCoverage {
  parentId: number;
  pct: number;
  poolUnitIds: number[];
  required: number;
  done: number;
  doneUnitIds: number[];
  /** Pool units not inspected internally yet this year. */
  missingUnitIds: number[];
  shortfall: number;
}

/** Units that inspect their own subordinates (IV.4): departments, agencies, the office, districts. */
export const INSPECTING_KINDS = [
  "department",
  "agency",
  "office",
  "district",
] as const satisfies readonly UnitKind[];

/**
 * R9's pool as data (the SQL of internal coverage is derived from it): the kinds a unit inspects
 * internally — its divisions and subordinate units; a district also its communes.
 */
export const INTERNAL_POOL_KINDS = {
  district: ["division", "subordinate", "commune"],
  other: ["division", "subordinate"],
} as const satisfies Record<"district" | "other", readonly UnitKind[]>;

export function poolKinds(parentKind: UnitKind): readonly UnitKind[] {
  return parentKind === "district" ? INTERNAL_POOL_KINDS.district : INTERNAL_POOL_KINDS.other;
}

/** R9's quota of a unit: 60 %, or 50 % for a unit designated as having many subordinates. */
export function internalPct(template: PlanTemplate, manySubordinates: boolean | undefined): number {
  return manySubordinates ? template.internalQuota.manySubordinatesPct : template.internalQuota.pct;
}

/** R9's arithmetic over counts (the SQL counts pool and done): required and shortfall. */
export function internalFromCounts(
  template: PlanTemplate,
  c: { manySubordinates: boolean | undefined; poolSize: number; done: number },
): { pct: number; required: number; done: number; shortfall: number } {
  const pct = internalPct(template, c.manySubordinates);
  const required = requiredCount(pct, c.poolSize);
  return { pct, required, done: c.done, shortfall: Math.max(0, required - c.done) };
}

/**
 * R9: a department's or district's internal inspections in the year. The pool is its direct
 * subordinates valid in the year plus the units "thuộc phạm vi quản lý ngành, lĩnh vực" of it
 * (`fieldUnitIds`: the province's field-oversight data, e.g. Sở GD&ĐT → the districts' Phòng GD&ĐT);
 * 60 % of them, or 50 % for units designated as having many.
 */
export function internalCoverage(args: {
  template: PlanTemplate;
  year: number;
  parent: UnitRef;
  units: readonly UnitRef[];
  /** Units the parent inspected internally this year (any status past the visit). */
  inspectedUnitIds: Iterable<number>;
  /** Units in the parent's field of management outside its own tree (field_oversight rows). */
  fieldUnitIds?: Iterable<number>;
  referenceDate?: string;
}): InternalCoverage {
  const { parent, template } = args;
  const kinds = poolKinds(parent.kind);
  const inField = new Set(args.fieldUnitIds ?? []);
  const inPool = (u: UnitRef) =>
    u.id !== parent.id && ((u.parentId === parent.id && kinds.includes(u.kind)) || inField.has(u.id));
  const poolUnitIds = args.units
    .filter((u) => inPool(u) && isInPool(u, args.year, args.referenceDate))
    .map((u) => u.id)
    .sort((a, b) => a - b);
  const inspected = new Set(args.inspectedUnitIds);
  const doneUnitIds = poolUnitIds.filter((id) => inspected.has(id));
  const counts = internalFromCounts(template, {
    manySubordinates: parent.manySubordinates,
    poolSize: poolUnitIds.length,
    done: doneUnitIds.length,
  });
  return {
    parentId: parent.id,
    pct: counts.pct,
    poolUnitIds,
    required: counts.required,
    done: counts.done,
    doneUnitIds,
    missingUnitIds: poolUnitIds.filter((id) => !inspected.has(id)),
    shortfall: counts.shortfall,
  };
}
