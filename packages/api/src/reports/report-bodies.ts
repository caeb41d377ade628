import {
  kindOf,
  leadBodyOfUnitName,
  owes,
  type ReportBody,
  type ReportKind,
  templatesForYear,
  type UnitKind,
} from "@par/domain";
import type { Db } from "../db/database";
import { candidateBodies } from "../db/report.repository";
import { templateOf } from "../inspections/viewer";

/**
 * The province's bodies in a year with the lead body each stands for in the year's template (Sở Nội
 * vụ, the office, the sector departments; by register name, as sector inspectors are bound). Bounded
 * by the agency and district tiers (a few dozen units per province).
 */
export async function reportBodies(db: Db, provinceId: number, year: number) {
  return asReportBodies(await candidateBodies(db, provinceId, year), year);
}

/** Register units as the duty rules see them in a year (the lead body each stands for). */
export function asReportBodies(
  units: readonly { id: number; code: string; name: string; kind: UnitKind }[],
  year: number,
) {
  const template = templateOf(templatesForYear(year)[0]?.id ?? "dong-nai-2023");
  return units.map((u) => ({
    unitId: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    leadBodyKind: leadBodyOfUnitName(template, u.name)?.kind ?? null,
  })) satisfies ReportBody[];
}

export async function bodiesOwing(db: Db, provinceId: number, year: number, kind: ReportKind) {
  const def = kindOf(kind);
  return (await reportBodies(db, provinceId, year)).filter((b) => owes(def, b));
}
