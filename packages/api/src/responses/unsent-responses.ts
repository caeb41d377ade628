import { maySeeSubmission } from "@par/domain";
import type { SessionUser } from "../auth/sessions";
import { anyInt } from "../db/any-array";
import type { Db } from "../db/database";
import type { ResponseRow } from "../db/response.repository";
import { pathUpward } from "../db/unit.repository";
import type { RecommendationDto } from "../inspections/inspection-dto";
import { actorsOn } from "./response-actors";
import { reviewStateOf } from "./response-dto";

type Answered = Pick<ResponseRow, "unit_id" | "review_state" | "status">;

/**
 * A unit's answer still in its own hands (a draft, one awaiting its head, one sent back) is the
 * unit's (issue 9 §5, the domain's `maySeeSubmission`): every other reader of a recommendation — the
 * lists, an inspection's page, the plan's documents — gets it without the answer's text and files.
 * One query for the paths of the units whose answers have not gone out, whatever the number of rows.
 */
export async function unsentResponseShield(db: Db, user: SessionUser, rows: readonly Answered[]) {
  const pending = [
    ...new Set(rows.filter((r) => !maySeeSubmission(reviewStateOf(r), [])).map((r) => r.unit_id)),
  ];
  const paths =
    pending.length === 0
      ? []
      : await db.selectFrom("org_units").select(["id", "path"]).where("id", "=", anyInt(pending)).execute();
  const actors = new Map(paths.map((p) => [p.id, actorsOn(user, pathUpward(p.path))]));
  return <T extends RecommendationDto>(row: Answered, dto: T): T =>
    maySeeSubmission(reviewStateOf(row), actors.get(row.unit_id) ?? [])
      ? dto
      : { ...dto, response: null, evidenceFileIds: [] };
}
