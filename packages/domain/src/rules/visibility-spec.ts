import type { Role } from "../access/roles";
import { provincesOf, scopeRoots } from "../access/scope";
import { isUnitBound, type Viewer } from "../access/viewer";
import { STARTED_STATUSES } from "../inspections/inspection-status";
import {
  isAnnouncedUnpublished,
  isSurpriseSecret,
  provinceOfPath,
  SURPRISE_PLANNERS,
  type VisibilityFacts,
} from "./visibility";

/**
 * R5 and the read scope as data (issue 8 §1): everything `canSeeInspection` asks of the viewer, worked
 * out once, so that the data layer can translate it into one SQL predicate over the inspection's own
 * columns and its target's path. The rule stays `canSeeInspection`; `specAllows` reads this data the
 * way the SQL does, and the tests prove the three agree.
 */
export interface VisibilitySpec {
  /** The provinces (register roots) the viewer sees anything of: the SQL reads `i.province_id`. */
  provinces: "all" | readonly number[];
  /** Today (yyyy-mm-dd): a surprise is secret until started on or before it. */
  today: string;
  /** Statuses in which the team has been at the unit (a surprise may then be out). */
  startedStatuses: readonly string[];
  /** Scope of "inspections.read": every unit, or targets at or below one of these roots. */
  readRoots: "all" | readonly number[];
  /** Hidden near the target: a target at or below one of these bound units… */
  boundUnits: readonly number[];
  /** …or a target that is one of them or above one (their ancestor paths, themselves included). */
  boundAncestors: readonly number[];
  /** A surprise planner (SURPRISE_PLANNERS) sees every secret not hidden by a binding. */
  planner: boolean;
  /** A sector inspector sees the secrets its lead body leads. */
  secretLeadBodies: readonly string[];
}

export function visibilitySpec(viewer: Viewer, now: string): VisibilitySpec {
  const bound = viewer.assignments.filter((a) => isUnitBound(a) && a.unitId !== null);
  const roots = scopeRoots(viewer.assignments, "inspections.read");
  return {
    provinces: provincesOf(viewer.assignments),
    today: now.slice(0, 10),
    startedStatuses: STARTED_STATUSES,
    readRoots: roots === "all" ? "all" : unique(roots),
    boundUnits: unique(bound.map((a) => a.unitId as number)),
    boundAncestors: unique(bound.flatMap((a) => a.unitPath ?? [])),
    planner: viewer.assignments.some((a) => (SURPRISE_PLANNERS as readonly Role[]).includes(a.role)),
    secretLeadBodies: unique(
      viewer.assignments.flatMap((a) =>
        a.role === "sector_inspector" && typeof a.leadBody === "string" ? [a.leadBody] : [],
      ),
    ),
  };
}

/**
 * The spec read as the SQL reads it: visible = in scope and not secret, unless unpublished near the
 * target; or secret, not near, and seen by a planner or the leading body's inspector.
 */
export function specAllows(spec: VisibilitySpec, f: VisibilityFacts): boolean {
  const path = f.targetPath;
  const province = provinceOfPath(path);
  if (spec.provinces !== "all" && (province === undefined || !spec.provinces.includes(province)))
    return false;
  const target = path[0];
  const roots = spec.readRoots;
  const inScope = roots === "all" || path.some((id) => roots.includes(id));
  const near =
    path.some((id) => spec.boundUnits.includes(id)) ||
    (target !== undefined && spec.boundAncestors.includes(target));
  const secret = isSurpriseSecret(f, spec.today);
  if (secret) return !near && (spec.planner || spec.secretLeadBodies.includes(f.leadBody));
  return inScope && !(isAnnouncedUnpublished(f) && near);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
