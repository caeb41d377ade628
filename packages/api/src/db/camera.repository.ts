import type { Insertable, Selectable } from "kysely";
import { sql } from "kysely";
import type { CameraCountersTable, CameraReviewsTable, Db } from "./database";
import type { UnitScope } from "./unit.repository";

/** Rows of the camera monitor (issue 10). Scope is a predicate on the unit's path, as for units. */
export type CounterRow = Selectable<CameraCountersTable>;
export type ReviewRow = Selectable<CameraReviewsTable>;

/** The columns a counter list may show: never the stream address or credentials. */
const COUNTER_PUBLIC = [
  "c.id",
  "c.shop_unit_id",
  "c.number",
  "c.name",
  "c.fields",
  "c.stream_kind",
  "c.last_frame_at",
  "u.name as shop_name",
] as const;

export async function pageCounters(
  db: Db,
  f: {
    scope: UnitScope;
    shopUnitId?: number | undefined;
    after: { key: string; id: number } | null;
    limit: number;
  },
) {
  let q = db
    .selectFrom("camera_counters as c")
    .innerJoin("org_units as u", "u.id", "c.shop_unit_id")
    .select(COUNTER_PUBLIC)
    .select(sql<string>`u.search_name || lpad(c.number::text, 4, '0')`.as("sort_key"))
    .orderBy(sql`u.search_name || lpad(c.number::text, 4, '0')`)
    .orderBy("c.id")
    .limit(f.limit + 1);
  if (f.scope !== "all") {
    if (f.scope.length === 0) return [];
    q = q.where(sql<boolean>`u.path && ${[...f.scope]}::int[]`);
  }
  if (f.shopUnitId !== undefined) q = q.where("c.shop_unit_id", "=", f.shopUnitId);
  if (f.after)
    q = q.where(
      sql<boolean>`(u.search_name || lpad(c.number::text, 4, '0'), c.id) > (${f.after.key}, ${f.after.id})`,
    );
  return q.execute();
}

export async function findCounter(db: Db, id: number): Promise<CounterRow | undefined> {
  return db.selectFrom("camera_counters").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function counterTaken(db: Db, shopUnitId: number, number: number, exceptId: number | null) {
  let q = db
    .selectFrom("camera_counters")
    .select("id")
    .where("shop_unit_id", "=", shopUnitId)
    .where("number", "=", number);
  if (exceptId !== null) q = q.where("id", "<>", exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertCounter(db: Db, row: Insertable<CameraCountersTable>) {
  return db.insertInto("camera_counters").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCounter(db: Db, id: number, patch: Partial<Insertable<CameraCountersTable>>) {
  return db
    .updateTable("camera_counters")
    .set(patch)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The counters whose stream the server runs (everything but a plain upstream HLS it can relay). */
export async function streamedCounters(db: Db) {
  return db.selectFrom("camera_counters").selectAll().orderBy("id").execute();
}

export async function touchLastFrame(db: Db, id: number, at: Date) {
  await db.updateTable("camera_counters").set({ last_frame_at: at }).where("id", "=", id).execute();
}

export async function findReviewByClientId(db: Db, clientId: string): Promise<ReviewRow | undefined> {
  return db.selectFrom("camera_reviews").selectAll().where("client_id", "=", clientId).executeTakeFirst();
}

export async function insertReview(db: Db, row: Insertable<CameraReviewsTable>): Promise<ReviewRow> {
  return db.insertInto("camera_reviews").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Newest first: `(created_at, id) < cursor`, one query with the reviewer's own mark joined. */
export async function pageReviews(
  db: Db,
  f: {
    scope: UnitScope;
    viewerId: number;
    counterId?: number | undefined;
    unitId?: number | undefined;
    reviewerId?: number | undefined;
    after: { key: string; id: number } | null;
    limit: number;
  },
) {
  let q = db
    .selectFrom("camera_reviews as r")
    .innerJoin("camera_counters as c", "c.id", "r.counter_id")
    .innerJoin("org_units as u", "u.id", "r.unit_id")
    .leftJoin("camera_review_marks as m", (j) =>
      j.onRef("m.review_id", "=", "r.id").on("m.user_id", "=", f.viewerId),
    )
    .select([
      "r.id",
      "r.client_id",
      "r.counter_id",
      "r.unit_id",
      "r.reviewer_id",
      "r.watched_from",
      "r.watched_to",
      "r.items",
      "r.severity",
      "r.verdict",
      "r.note",
      "r.snapshot_ids",
      "r.sample_window_id",
      "r.created_at",
      "c.number as counter_number",
      "c.name as counter_name",
      "u.name as unit_name",
      "m.marked_at",
    ])
    .orderBy("r.created_at", "desc")
    .orderBy("r.id", "desc")
    .limit(f.limit + 1);
  if (f.scope !== "all") {
    if (f.scope.length === 0) return [];
    q = q.where(sql<boolean>`u.path && ${[...f.scope]}::int[]`);
  }
  if (f.counterId !== undefined) q = q.where("r.counter_id", "=", f.counterId);
  if (f.unitId !== undefined) q = q.where("r.unit_id", "=", f.unitId);
  if (f.reviewerId !== undefined) q = q.where("r.reviewer_id", "=", f.reviewerId);
  if (f.after) q = q.where(sql<boolean>`(r.created_at, r.id) < (${f.after.key}::timestamptz, ${f.after.id})`);
  return q.execute();
}

/** Marks reviews as reviewed by one reviewer (idempotent); only reviews in scope are marked. */
export async function markReviewed(
  db: Db,
  scope: UnitScope,
  userId: number,
  ids: readonly number[],
  at: Date,
) {
  if (scope !== "all" && scope.length === 0) return [];
  let q = db
    .selectFrom("camera_reviews as r")
    .innerJoin("org_units as u", "u.id", "r.unit_id")
    .select("r.id")
    .where("r.id", "in", [...ids]);
  if (scope !== "all") q = q.where(sql<boolean>`u.path && ${[...scope]}::int[]`);
  const found = (await q.execute()).map((r) => r.id);
  if (found.length === 0) return [];
  await db
    .insertInto("camera_review_marks")
    .values(found.map((review_id) => ({ review_id, user_id: userId, marked_at: at })))
    .onConflict((oc) => oc.columns(["review_id", "user_id"]).doNothing())
    .execute();
  return found;
}
