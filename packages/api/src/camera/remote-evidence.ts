import { REMOTE_EVIDENCE_MAX } from "@par/domain";
import { sql } from "kysely";
import type { Db } from "../db/database";

/** A period in Vietnam days as a half-open instant range [from, to). */
export function periodBounds(startDate: string, endDate: string) {
  const from = new Date(`${startDate}T00:00:00+07:00`);
  const to = new Date(new Date(`${endDate}T00:00:00+07:00`).getTime() + 86_400_000);
  return { from, to };
}

export interface EvidenceReview {
  id: number;
  counterNumber: number;
  counterName: string;
  watchedFrom: Date;
  watchedTo: Date;
  items: string[];
  severity: string;
  note: string;
  snapshotIds: string[];
}

/**
 * The unit's violating reviews of the period, newest first, at most REMOTE_EVIDENCE_MAX: the ones a
 * remote-camera inspection keeps as its area 4 evidence (one query on camera_reviews_unit_watched).
 */
export async function evidenceReviews(
  db: Db,
  unitId: number,
  startDate: string,
  endDate: string,
): Promise<EvidenceReview[]> {
  const { from, to } = periodBounds(startDate, endDate);
  const rows = await db
    .selectFrom("camera_reviews as r")
    .innerJoin("camera_counters as c", "c.id", "r.counter_id")
    .select([
      "r.id",
      "c.number as counter_number",
      "c.name as counter_name",
      "r.watched_from",
      "r.watched_to",
      "r.items",
      "r.severity",
      "r.note",
      "r.snapshot_ids",
    ])
    .where("r.unit_id", "=", unitId)
    .where("r.watched_from", ">=", from)
    .where("r.watched_from", "<", to)
    .where("r.verdict", "=", "violation")
    .orderBy("r.watched_from", "desc")
    .orderBy("r.id", "desc")
    .limit(REMOTE_EVIDENCE_MAX)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    counterNumber: r.counter_number,
    counterName: r.counter_name,
    watchedFrom: r.watched_from,
    watchedTo: r.watched_to,
    items: r.items,
    severity: r.severity,
    note: r.note,
    snapshotIds: r.snapshot_ids,
  }));
}

/**
 * Copies the snapshots of the kept reviews into the inspection's evidence files of item 4, in SQL (the
 * bytes never pass through the server), named after their review. Returns the new files' ids.
 */
export async function copySnapshotsAsEvidence(
  db: Db,
  f: { inspectionId: number; reviewIds: readonly number[]; by: number; at: Date },
): Promise<string[]> {
  if (f.reviewIds.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    insert into evidence_files
      (id, inspection_id, item_code, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
    select gen_random_uuid(), ${f.inspectionId}, '4',
      'camera-luot-xem-' || r.id || '-' || s.ord ||
        case sn.content_type when 'image/png' then '.png' when 'image/webp' then '.webp' else '.jpg' end,
      sn.content_type, sn.size_bytes, sn.sha256, sn.content, ${f.by}, ${f.at}
    from camera_reviews r
    cross join lateral unnest(r.snapshot_ids) with ordinality as s(snapshot_id, ord)
    join camera_snapshots sn on sn.id = s.snapshot_id
    where r.id = any(${[...f.reviewIds]}::int[])
    order by r.id, s.ord
    returning id
  `.execute(db);
  return rows.map((r) => r.id);
}
