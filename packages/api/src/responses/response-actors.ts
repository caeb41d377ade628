import { canOnUnit, type Permission, type ReviewActor } from "@par/domain";
import type { SessionUser } from "../auth/sessions";

/** Which permission makes a user which actor of the review loop on a unit. */
export const ACTOR_PERMISSION = {
  clerk: "recommendations.respond",
  head: "submissions.approve",
  verifier: "recommendations.verify",
} as const satisfies Record<ReviewActor, Permission>;

/** The parts a user plays in the loop on a unit whose ancestor path (unit first) is `path`. */
export function actorsOn(user: SessionUser, path: readonly number[]): ReviewActor[] {
  return (Object.keys(ACTOR_PERMISSION) as ReviewActor[]).filter((a) =>
    canOnUnit(user.assignments, ACTOR_PERMISSION[a], path),
  );
}
