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

/** Kinds a unit inspects internally (IV.4): its divisions and subordinate units; a district also its communes. */
function poolKinds(parentKind: UnitKind): readonly UnitKind[] {
  return parentKind === "district" ? ["division", "subordinate", "commune"] : ["division", "subordinate"];
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
  const counts = (u: UnitRef) =>
    u.id !== parent.id && ((u.parentId === parent.id && kinds.includes(u.kind)) || inField.has(u.id));
  const poolUnitIds = args.units
    .filter((u) => counts(u) && isInPool(u, args.year, args.referenceDate))
    .map((u) => u.id)
    .sort((a, b) => a - b);
  const inspected = new Set(args.inspectedUnitIds);
  const pct = parent.manySubordinates
    ? template.internalQuota.manySubordinatesPct
    : template.internalQuota.pct;
  const required = requiredCount(pct, poolUnitIds.length);
  const doneUnitIds = poolUnitIds.filter((id) => inspected.has(id));
  return {
    parentId: parent.id,
    pct,
    poolUnitIds,
    required,
    done: doneUnitIds.length,
    doneUnitIds,
    missingUnitIds: poolUnitIds.filter((id) => !inspected.has(id)),
    shortfall: Math.max(0, required - doneUnitIds.length),
  };
}
