import type { ReviewState } from "@par/domain";
import { type Insertable, sql, type Updateable } from "kysely";
import type { Db, SelfCheckItemsTable, SelfChecksTable } from "./database";
import type { EvidenceMeta } from "./evidence.repository";
import { TOTAL_ROWS } from "./page-total";
import { type TemplateSpec, visibleInspection } from "./visibility.predicate";

export type SelfCheckRow = Awaited<ReturnType<typeof findSelfCheck>> & object;

export async function findSelfCheck(db: Db, inspectionId: number) {
  return db
    .selectFrom("self_checks")
    .selectAll()
    .where("inspection_id", "=", inspectionId)
    .executeTakeFirst();
}

/** The report of an inspection, created blank on first write, locked for the step that changes it. */
export async function lockSelfCheck(db: Db, inspectionId: number) {
  await db
    .insertInto("self_checks")
    .values({ inspection_id: inspectionId })
    .onConflict((oc) => oc.column("inspection_id").doNothing())
    .execute();
  return db
    .selectFrom("self_checks")
    .selectAll()
    .where("inspection_id", "=", inspectionId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function updateSelfCheck(db: Db, id: number, patch: Updateable<SelfChecksTable>) {
  await db
    .updateTable("self_checks")
    .set({ ...patch, updated_at: sql`now()` })
    .where("id", "=", id)
    .execute();
}

export async function selfCheckItems(db: Db, selfCheckId: number) {
  return db
    .selectFrom("self_check_items")
    .select(["item_code", "rating", "note", "justification"])
    .where("self_check_id", "=", selfCheckId)
    .orderBy("item_code")
    .execute();
}

export async function replaceSelfCheckItems(
  db: Db,
  selfCheckId: number,
  items: readonly Omit<Insertable<SelfCheckItemsTable>, "self_check_id">[],
) {
  await db.deleteFrom("self_check_items").where("self_check_id", "=", selfCheckId).execute();
  if (items.length === 0) return;
  await db
    .insertInto("self_check_items")
    .values(items.map((i) => ({ ...i, self_check_id: selfCheckId })))
    .execute();
}

/** The unit's own evidence files of the report ("s:<item>"), metadata only, in one query. */
export async function selfCheckEvidence(db: Db, inspectionId: number): Promise<EvidenceMeta[]> {
  return db
    .selectFrom("evidence_files as e")
    .leftJoin("users as u", "u.id", "e.uploaded_by")
    .select([
      "e.id",
      "e.inspection_id",
      "e.item_code",
      "e.file_name",
      "e.content_type",
      "e.size_bytes",
      "e.sha256",
      "e.uploaded_by",
      "e.uploaded_at",
      "u.display_name as uploader_name",
    ])
    .where("e.inspection_id", "=", inspectionId)
    .where("e.item_code", "like", "s:%")
    .orderBy("e.item_code")
    .orderBy("e.uploaded_at")
    .execute();
}

export interface SelfCheckListRow {
  inspection_id: number;
  start_date: string;
  end_date: string;
  status: string;
  lead_body: string;
  unit_name: string;
  year: number;
  review_state: ReviewState | null;
}

/**
 * Announced inspections of the reader's units with their report's state, by start date: scope and R5
 * in SQL (the shared predicate), keyset-paginated, one query per page. Surprises are never listed.
 */
export async function pageSelfCheckRows(
  db: Db,
  f: {
    visibleTo: readonly TemplateSpec[];
    after?: { startDate: string; id: number };
    limit: number;
    /** First page: also the filtered list's size (TOTAL_ROWS). */
    withTotal?: boolean;
  },
): Promise<(SelfCheckListRow & { total_rows?: string })[]> {
  let q = db
    .selectFrom("inspections as i")
    .innerJoin("plans as p", "p.id", "i.plan_id")
    .innerJoin("org_units as u", "u.id", "i.target_unit_id")
    .leftJoin("self_checks as s", "s.inspection_id", "i.id")
    .select([
      "i.id as inspection_id",
      "i.start_date",
      "i.end_date",
      "i.status",
      "i.lead_body",
      "u.name as unit_name",
      "p.year",
      "s.review_state",
    ])
    .where("i.form", "=", "announced")
    // Visits still ahead (a report is due), and past ones only where a report was made.
    .where((eb) => eb.or([eb("i.status", "in", ["scheduled", "notified"]), eb("s.id", "is not", null)]))
    .where(visibleInspection(f.visibleTo))
    .$if(f.withTotal === true, (qb) => qb.select(TOTAL_ROWS))
    .orderBy("i.start_date")
    .orderBy("i.id")
    .limit(f.limit);
  if (f.after) q = q.where(sql<boolean>`(i.start_date, i.id) > (${f.after.startDate}::date, ${f.after.id})`);
  return (await q.execute()) as SelfCheckListRow[];
}
