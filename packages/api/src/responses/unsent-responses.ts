import { maySeeSubmission } from "@par/domain";
import type { SessionUser } from "../auth/sessions";
import { anyInt } from "../db/any-array";
import type { Db } from "../db/database";
import type { ResponseRow } from "../db/response.repository";
import { pathUpward } from "../db/unit.repository";
import type { RecommendationDto } from "../inspections/inspection-dto";
import { actorsOn } from "./response-actors";
import { reviewStateOf } from "./response-dto";

type Answered = Pick<ResponseRow, "unit_id" | "review_state" | "status"> & {
  /** The answering unit's stored path, when the list read it with its rows (then no query here). */
  unit_path?: number[];
};

/**
 * A unit's answer still in its own hands (a draft, one awaiting its head, one sent back) is the
 * unit's (issue 9 §5, the domain's `maySeeSubmission`): every other reader of a recommendation — the
 * lists, an inspection's page, the plan's documents — gets it without the answer's text and files.
 * The paths of the units whose answers have not gone out come with the rows (`unit_path`) or from one
 * query, whatever the number of rows.
 */
export async function unsentResponseShield(db: Db, user: SessionUser, rows: readonly Answered[]) {
  const unsent = rows.filter((r) => !maySeeSubmission(reviewStateOf(r), []));
  const known = unsent.flatMap((r) => (r.unit_path ? [{ id: r.unit_id, path: r.unit_path }] : []));
  const pending = [...new Set(unsent.filter((r) => !r.unit_path).map((r) => r.unit_id))];
  const paths =
    pending.length === 0
      ? known
      : [
          ...known,
          ...(await db
            .selectFrom("org_units")
            .select(["id", "path"])
            .where("id", "=", anyInt(pending))
            .execute()),
        ];
  const actors = new Map(paths.map((p) => [p.id, actorsOn(user, pathUpward(p.path))]));
  return <T extends RecommendationDto>(row: Answered, dto: T): T =>
    maySeeSubmission(reviewStateOf(row), actors.get(row.unit_id) ?? [])
      ? dto
      : { ...dto, response: null, evidenceFileIds: [] };
}
