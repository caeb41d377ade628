import { TRANSITION_ACTORS } from "../inspections/lifecycle";
import type { Role } from "./roles";
import type { Viewer } from "./viewer";

/**
 * `mayActOn` as data the data layer can translate: every lead body ("any"), or only these. Lists that
 * keep what the caller may act on (scheduling conflicts) filter with it in SQL.
 */
export type ActOnSpec = "any" | readonly string[];

export function actOnSpec(viewer: Viewer): ActOnSpec {
  const rights = viewer.assignments.map((a) => ({
    right: (TRANSITION_ACTORS as Partial<Record<Role, string>>)[a.role],
    leadBody: a.leadBody,
  }));
  if (rights.some((r) => r.right === "any")) return "any";
  return [
    ...new Set(
      rights.flatMap((r) =>
        r.right === "own_lead_body" && typeof r.leadBody === "string" ? [r.leadBody] : [],
      ),
    ),
  ];
}

/** The spec read back: the same answer as `mayActOn` (a property test holds them together). */
export function actOnAllows(spec: ActOnSpec, leadBody: string): boolean {
  return spec === "any" || spec.includes(leadBody);
}
