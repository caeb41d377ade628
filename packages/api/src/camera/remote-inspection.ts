import type { OpenRemoteInspectionInput } from "@par/domain";
import { area4FindingFromReviews, evidenceSentence, NewInspectionInput } from "@par/domain";
import { sql } from "kysely";
import type { z } from "zod";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { unitInScope } from "../access/unit-access";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { upsertFinding } from "../db/finding.repository";
import { inTransaction } from "../db/transaction";
import { createInspection } from "../inspections/inspection-commands";
import { planOfYear } from "../plans/plan-commands";
import { copySnapshotsAsEvidence, evidenceReviews, periodBounds } from "./remote-evidence";

/** The unit's camera reviews over [startDate, endDate] (Vietnam days), counted in SQL. */
async function reviewStats(db: Db, unitId: number, startDate: string, endDate: string) {
  const { from, to } = periodBounds(startDate, endDate);
  const { rows } = await sql<{
    reviews: number;
    violations: number;
    serious: number;
    by_item: Record<string, number> | null;
  }>`
    select count(*)::int as reviews,
      count(*) filter (where verdict = 'violation')::int as violations,
      count(*) filter (where verdict = 'violation' and severity = 'serious')::int as serious,
      (select jsonb_object_agg(item, n) from (
        select item, count(*)::int as n from camera_reviews r2, unnest(r2.items) item
        where r2.unit_id = ${unitId} and r2.verdict = 'violation' and r2.watched_from >= ${from} and r2.watched_from < ${to}
        group by item) x) as by_item
    from camera_reviews where unit_id = ${unitId} and watched_from >= ${from} and watched_from < ${to}
  `.execute(db);
  const r = rows[0]!;
  return { reviews: r.reviews, violations: r.violations, serious: r.serious, byItem: r.by_item ?? {} };
}

/** The finding a remote-camera inspection would get, and the reviews it would keep as evidence. */
async function remoteFinding(db: Db, input: z.infer<typeof OpenRemoteInspectionInput>) {
  const stats = await reviewStats(db, input.unitId, input.startDate, input.endDate);
  const kept = await evidenceReviews(db, input.unitId, input.startDate, input.endDate);
  const base = area4FindingFromReviews(stats, input.startDate, input.endDate);
  const note =
    base.note +
    evidenceSentence(
      kept.map((r) => r.id),
      stats.violations,
    );
  return { stats, kept, finding: { rating: base.rating, note } };
}

/**
 * camera.remoteInspectionPreview: what camera.openInspection would write for this unit and period —
 * the counts, the area 4 rating and note, and the violating reviews kept as evidence — writing nothing.
 */
export async function previewRemoteInspection(q: Request, input: z.infer<typeof OpenRemoteInspectionInput>) {
  const unit = await unitInScope(q.db, q.user, "inspections.write", input.unitId, "unitId");
  const { stats, kept, finding } = await remoteFinding(q.db, input);
  return { unit: { id: unit.id, name: unit.name }, stats, finding, evidence: kept };
}

/**
 * camera.openInspection: a remote-camera inspection (form remote_camera: never in the on-site quotas)
 * of one unit, created like any inspection (lead body, checks, audit), with its area 4 finding filled
 * from the reviews of the period and the snapshots of its newest violations copied as the item's
 * evidence — all in one transaction.
 */
export async function openRemoteInspection(q: Request, input: z.infer<typeof OpenRemoteInspectionInput>) {
  return inTransaction(q.db, async (trx) => {
    const tq = { ...q, db: trx };
    const plan = await planOfYear(trx, provinceOf(q.user), Number(input.startDate.slice(0, 4)), "startDate");
    const created = await createInspection(
      tq,
      NewInspectionInput.parse({
        planId: plan.id,
        targetUnitId: input.unitId,
        form: "remote_camera",
        areas: ["4"],
        startDate: input.startDate,
        endDate: input.endDate,
      }),
    );
    const { kept, finding } = await remoteFinding(trx, input);
    const { after } = await upsertFinding(trx, {
      inspectionId: created.inspection.id,
      itemCode: "4",
      rating: finding.rating,
      note: finding.note,
      by: q.user.userId,
      at: q.now,
    });
    const evidenceFileIds = await copySnapshotsAsEvidence(trx, {
      inspectionId: created.inspection.id,
      reviewIds: kept.map((r) => r.id),
      by: q.user.userId,
      at: q.now,
    });
    await insertAudit(trx, q.actor, {
      action: "record_finding",
      entity: "inspection",
      entityId: created.inspection.id,
      unitId: input.unitId,
      before: { finding: null, status: created.inspection.status },
      after: {
        finding: { itemCode: "4", rating: after.rating, note: after.note },
        status: created.inspection.status,
        source: "camera_reviews",
        reviewIds: kept.map((r) => r.id),
        evidenceFileIds,
      },
    });
    return {
      ...created,
      finding: { itemCode: "4", rating: after.rating, note: after.note },
      evidence: { reviewIds: kept.map((r) => r.id), fileIds: evidenceFileIds },
    };
  });
}
