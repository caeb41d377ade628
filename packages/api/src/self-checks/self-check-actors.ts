import { canOnUnit, type Permission, type ReviewActor } from "@par/domain";
import type { SessionUser } from "../auth/sessions";

/** Who plays which part of the loop on a self-check report: the unit's clerk and head, the province's team. */
const SELF_CHECK_PERMISSION = {
  clerk: "selfAssessment.write",
  head: "submissions.approve",
  verifier: "inspections.write",
} as const satisfies Record<ReviewActor, Permission>;

export function selfCheckActorsOn(user: SessionUser, path: readonly number[]): ReviewActor[] {
  return (Object.keys(SELF_CHECK_PERMISSION) as ReviewActor[]).filter((a) =>
    canOnUnit(user.assignments, SELF_CHECK_PERMISSION[a], path),
  );
}
