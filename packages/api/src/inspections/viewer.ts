import { getTemplate, leadBodyOfUnitName, type PlanTemplate, type Viewer } from "@par/domain";
import type { SessionUser } from "../auth/sessions";
import type { Db } from "../db/database";
import { ancestorPaths } from "../db/unit-tree.repository";

/**
 * The user as the visibility and lifecycle rules see them: each binding with its unit's ancestor path,
 * and a sector inspector's lead body, read from its department's name in the plan's template.
 */
export async function viewerOf(db: Db, user: SessionUser, template: PlanTemplate): Promise<Viewer> {
  return viewerFromPaths(user, template, await assignmentPaths(db, user));
}

/** The ancestor path of each unit the user is bound to: one statement. */
function assignmentPaths(db: Db, user: SessionUser): Promise<Map<number, number[]>> {
  return ancestorPaths(
    db,
    user.assignments.flatMap((a) => (a.unitId === null ? [] : [a.unitId])),
  );
}

function viewerFromPaths(user: SessionUser, template: PlanTemplate, paths: Map<number, number[]>): Viewer {
  return {
    assignments: user.assignments.map((a) => ({
      role: a.role,
      unitId: a.unitId,
      // The account's province: R5 and every read stay inside it (issue 8 §3).
      provinceId: a.provinceId,
      unitPath: a.unitId === null ? [] : (paths.get(a.unitId) ?? [a.unitId]),
      leadBody:
        a.role === "sector_inspector" && a.unitName
          ? (leadBodyOfUnitName(template, a.unitName)?.code ?? null)
          : null,
    })),
  };
}

/** Viewers per template id, built once per request (a list may span plans of several templates). */
export function viewerCache(db: Db, user: SessionUser) {
  const cache = new Map<string, Promise<Viewer>>();
  // The paths are the same for every template: read once per request, not once per template.
  let paths: Promise<Map<number, number[]>> | undefined;
  return (templateId: string): Promise<Viewer> => {
    let v = cache.get(templateId);
    if (!v) {
      paths ??= assignmentPaths(db, user);
      const template = templateOf(templateId);
      v = paths.then((p) => viewerFromPaths(user, template, p));
      cache.set(templateId, v);
    }
    return v;
  };
}

/** A stored plan's template; a stored id the code no longer knows is a bug, not bad input. */
export function templateOf(templateId: string): PlanTemplate {
  const t = getTemplate(templateId);
  if (!t.ok) throw new Error(`Stored plan uses unknown template ${templateId}`);
  return t.value;
}
