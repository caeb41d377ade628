import {
  applyReviewStep,
  checkSelfCheckComplete,
  checkSelfCheckWritable,
  REVIEW_TRANSITIONS,
  type ReviewComment,
  type ReviewStep,
  type SelfCheckReturnInput,
  type SelfCheckSaveInput,
  sendsDirectly,
} from "@par/domain";
import type { Updateable } from "kysely";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import type { Db, SelfChecksTable } from "../db/database";
import type { InspectionListRow } from "../db/inspection.repository";
import { insertNotifications } from "../db/notification.repository";
import {
  lockSelfCheck,
  replaceSelfCheckItems,
  selfCheckEvidence,
  selfCheckItems,
  updateSelfCheck,
} from "../db/self-check.repository";
import { ancestorPath } from "../db/unit.repository";
import { hasActiveHead } from "../db/unit-head.repository";
import { fail, unwrap } from "../errors";
import { readInspection } from "../inspections/inspection-access";
import { notifyProvince } from "../notifications/province-notifications";
import { selfCheckActorsOn } from "./self-check-actors";
import { checklistOf, getSelfCheck, type SelfCheckDto } from "./self-check-reads";

const ENTITY = "self_check";
type Patch = Updateable<SelfChecksTable>;
type Report = Awaited<ReturnType<typeof lockSelfCheck>>;

/**
 * One step of the review loop on a self-check report, with its audit row, in one transaction. R5 first:
 * the inspection is read through the visibility predicate, so a unit asking about a surprise (or a
 * draft) gets "not found", like a missing id, before any rule of self-checks speaks.
 */
async function step(
  q: Request,
  inspectionId: number,
  s: ReviewStep,
  patch: (row: InspectionListRow, report: Report, trx: Db) => Promise<Patch> | Patch,
  commentCount = 0,
): Promise<SelfCheckDto> {
  return audited(q.db, q.actor, async (trx) => {
    const row = await readInspection({ db: trx, user: q.user, now: q.now }, inspectionId, "inspectionId");
    const actor = REVIEW_TRANSITIONS[s].by;
    const path = await ancestorPath(trx, row.target_unit_id);
    if (!selfCheckActorsOn(q.user, path).includes(actor)) {
      fail("ACCESS.OUT_OF_SCOPE", "Đơn vị nằm ngoài phạm vi của bạn / This unit is outside your scope");
    }
    // Nothing is ever written for a surprise; the unit works only before the visit, the team may
    // still decide on what the head sent after the visit began.
    const writable = checkSelfCheckWritable(row.form, row.status);
    if (row.form !== "announced" || actor !== "verifier") unwrap(writable, "inspectionId");
    const report = await lockSelfCheck(trx, row.id);
    const before = await getSelfCheck(q, row.id, trx);
    const ctx = { unitHasHead: await hasActiveHead(trx, path) };
    const next = unwrap(applyReviewStep(report.review_state, s, actor, commentCount, ctx), "inspectionId");
    const direct = sendsDirectly(s, ctx);
    // No head to sign: the clerk's submission goes out signed by the clerk (gửi thẳng).
    await updateSelfCheck(trx, report.id, {
      ...(await patch(row, report, trx)),
      ...(direct ? { approved_by: q.user.userId, approved_at: q.now } : {}),
      review_state: next,
    });
    // Gone out (the head signed, or the clerk sent directly): the province's teams are told.
    if (next === "approved") {
      await notifyProvince(trx, {
        kind: "self_check_submitted",
        unitId: row.target_unit_id,
        itemId: row.id,
        subject: row.unit_name,
        dueDate: row.start_date,
        sentAt: q.now,
      });
    }
    if (s === "return" || s === "accept") {
      await insertNotifications(trx, [
        {
          unit_id: row.target_unit_id,
          kind: s === "return" ? "response_returned" : "response_accepted",
          subject: row.unit_name,
          due_date: row.start_date,
          link: `/portal/self-checks/${row.id}`,
        },
      ]);
    }
    const after = await getSelfCheck(q, row.id, trx);
    return {
      result: after,
      audit: {
        action: direct ? "submit_direct" : s,
        entity: ENTITY,
        entityId: report.id,
        unitId: row.target_unit_id,
        before,
        after,
      },
    };
  });
}

/** The clerk's ratings (a draft): only items of the inspection's checklist. */
export function saveSelfCheck(q: Request, input: SelfCheckSaveInput) {
  return step(q, input.inspectionId, "save", async (row, report, trx) => {
    const codes = new Set(checklistOf(row).map((c) => c.code));
    const foreign = input.items.filter((i) => !codes.has(i.itemCode)).map((i) => i.itemCode);
    if (foreign.length > 0) {
      fail(
        "INSPECTION.ITEM_NOT_IN_CHECKLIST",
        `Đánh giá: nội dung ${foreign.join(", ")} không thuộc đề cương của cuộc kiểm tra này / Ratings: items ${foreign.join(", ")} are not in this inspection's checklist`,
        "items",
      );
    }
    const seen = new Set<string>();
    const items = input.items.filter((i) => !seen.has(i.itemCode) && seen.add(i.itemCode));
    await replaceSelfCheckItems(
      trx,
      report.id,
      items.map((i) => ({
        item_code: i.itemCode,
        rating: i.rating,
        note: i.note,
        justification: i.justification,
      })),
    );
    return {};
  });
}

/** The clerk hands a complete report to the head: every item rated, each with evidence or a justification. */
export function submitSelfCheck(q: Request, inspectionId: number) {
  return step(q, inspectionId, "submit", async (row, report, trx) => {
    const [items, files] = await Promise.all([
      selfCheckItems(trx, report.id),
      selfCheckEvidence(trx, row.id),
    ]);
    const counts = new Map<string, number>();
    for (const f of files) counts.set(f.item_code.slice(2), (counts.get(f.item_code.slice(2)) ?? 0) + 1);
    unwrap(
      checkSelfCheckComplete(
        checklistOf(row).map((c) => c.code),
        items.map((i) => ({
          itemCode: i.item_code,
          rating: i.rating,
          note: i.note,
          justification: i.justification,
        })),
        (c) => counts.get(c) ?? 0,
      ),
      "items",
    );
    return { submitted_by: q.user.userId, submitted_at: q.now };
  });
}

export function approveSelfCheck(q: Request, inspectionId: number) {
  return step(q, inspectionId, "approve", () => ({ approved_by: q.user.userId, approved_at: q.now }));
}

function commentsOf(q: Request, by: ReviewComment["by"], input: SelfCheckReturnInput): string {
  return JSON.stringify(
    input.comments.map(
      (c): ReviewComment => ({
        by,
        author: q.user.displayName,
        at: q.now.toISOString(),
        item: c.itemCode ?? null,
        text: c.text,
      }),
    ),
  );
}

export function sendBackSelfCheck(q: Request, input: SelfCheckReturnInput) {
  return step(
    q,
    input.inspectionId,
    "send_back",
    () => ({ review_comments: commentsOf(q, "head", input) }),
    input.comments.length,
  );
}

/** The team returns the report with comments per item; the unit corrects it before the visit. */
export function returnSelfCheck(q: Request, input: SelfCheckReturnInput) {
  return step(
    q,
    input.inspectionId,
    "return",
    () => ({
      review_comments: commentsOf(q, "verifier", input),
      decided_by: q.user.userId,
      decided_at: q.now,
    }),
    input.comments.length,
  );
}

export function acceptSelfCheck(q: Request, inspectionId: number) {
  return step(q, inspectionId, "accept", () => ({ decided_by: q.user.userId, decided_at: q.now }));
}
