import { canOnUnit, evidenceOwnerOf, maySeeSubmission } from "@par/domain";
import type { Request } from "../access/request";
import type { Db } from "../db/database";
import type { EvidenceMeta } from "../db/evidence.repository";
import { findSelfCheck } from "../db/self-check.repository";
import { ancestorPath } from "../db/unit.repository";
import { actorsOn } from "../responses/response-actors";
import { reviewStateOf } from "../responses/response-dto";
import { selfCheckActorsOn } from "../self-checks/self-check-actors";

/**
 * Whether the caller may read a file the unit attached to its own submission (a self-check item, a
 * response): the unit's clerk and head always, anyone else only once the submission has gone out
 * (the domain's `maySeeSubmission`). The team's own evidence is not a submission: always true here
 * (the inspection's visibility was checked before).
 */
export async function maySeeEvidenceOf(
  q: Request,
  db: Db,
  meta: Pick<EvidenceMeta, "inspection_id" | "item_code">,
  inspectionUnitId: number,
): Promise<boolean> {
  const owner = evidenceOwnerOf(meta.item_code);
  if (owner.kind === "self_check") {
    const state = (await findSelfCheck(db, meta.inspection_id))?.review_state ?? "draft";
    return maySeeSubmission(state, selfCheckActorsOn(q.user, await ancestorPath(db, inspectionUnitId)));
  }
  if (owner.kind === "response") {
    const rec = await db
      .selectFrom("recommendations")
      .select(["unit_id", "inspection_id", "review_state", "status"])
      .where("id", "=", owner.recommendationId)
      .executeTakeFirst();
    // A 5.r<id> file on a later inspection is that team's follow-up finding (R10), not a response.
    if (!rec || rec.inspection_id !== meta.inspection_id) return true;
    return maySeeSubmission(reviewStateOf(rec), actorsOn(q.user, await ancestorPath(db, rec.unit_id)));
  }
  return true;
}

/** The unit's own people on `unitId`: who answers, self-checks or signs for it (its clerk, its head). */
export async function isOfTheUnit(q: Request, db: Db, unitId: number): Promise<boolean> {
  const path = await ancestorPath(db, unitId);
  return (["recommendations.respond", "selfAssessment.write", "submissions.approve"] as const).some((p) =>
    canOnUnit(q.user.assignments, p, path),
  );
}
