import type { ActOnSpec } from "@par/domain";
import { type Expression, type SqlBool, sql } from "kysely";
import type { Db } from "./database";
import { type TemplateSpec, visibleUnderSpec } from "./visibility.predicate";

/** A template's visibility spec with what its viewer may act on (the domain's actOnSpec). */
export interface ConflictSpec extends TemplateSpec {
  actOn: ActOnSpec;
}

export interface ConflictPageFilter {
  includeResolved: boolean;
  seenBy: readonly ConflictSpec[];
  /** Keyset, newest first: rows before this (detected at, id). */
  before?: { detectedAt: string; id: number };
  limit: number;
}

const inspectionFacts = (idColumn: Expression<number>) => sql`select 1 from inspections i
  join plans p on p.id = i.plan_id join org_units u on u.id = i.target_unit_id where i.id = ${idColumn}`;

/**
 * canSeeConflict in SQL: with the viewer of the hidden inspection's template, both inspections are
 * visible (the shared R5 predicate) and the caller may act on the hidden one's lead body.
 */
function seenBy(specs: readonly ConflictSpec[]): Expression<SqlBool> {
  if (specs.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(
    specs.map(({ templateId, spec, actOn }) => {
      const acts =
        actOn === "any" ? sql<SqlBool>`true` : sql<SqlBool>`i.lead_body = any(${sql`${[...actOn]}::text[]`})`;
      return sql`(exists (${inspectionFacts(sql.ref("c.hidden_inspection_id"))}
          and p.template_id = ${templateId} and ${acts} and ${visibleUnderSpec(spec)})
        and exists (${inspectionFacts(sql.ref("c.inspection_id"))} and ${visibleUnderSpec(spec)}))`;
    }),
    sql` or `,
  )})`;
}

function filtered(db: Db, f: Pick<ConflictPageFilter, "includeResolved" | "seenBy">) {
  let q = db.selectFrom("schedule_conflicts as c").where(seenBy(f.seenBy));
  if (!f.includeResolved) q = q.where("c.resolved_at", "is", null);
  return q;
}

/** One page of the conflicts the caller may see, newest first, with the names of who detected and resolved. */
export async function pageConflictRows(db: Db, f: ConflictPageFilter) {
  let q = filtered(db, f)
    .leftJoin("users as d", "d.id", "c.detected_by")
    .leftJoin("users as r", "r.id", "c.resolved_by")
    .selectAll("c")
    .select(["d.display_name as detected_by_name", "r.display_name as resolved_by_name"])
    .orderBy("c.detected_at", "desc")
    .orderBy("c.id", "desc")
    .limit(f.limit);
  if (f.before)
    q = q.where(sql<SqlBool>`(c.detected_at, c.id) < (${f.before.detectedAt}::timestamptz, ${f.before.id})`);
  return q.execute();
}

export async function countConflictRows(db: Db, f: Pick<ConflictPageFilter, "includeResolved" | "seenBy">) {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
