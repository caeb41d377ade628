import {
  applyReviewStep,
  REVIEW_TRANSITIONS,
  type ReviewActor,
  type ReviewComment,
  type ReviewState,
  type ReviewStep,
} from "@par/domain";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import type { Db } from "../db/database";
import { ancestorPath } from "../db/unit.repository";
import { fail, unwrap } from "../errors";

/**
 * What the review loop needs to know of a thing a unit answers (a recommendation, a camera reminder):
 * how to find it locked and visible, whose unit it is, who plays which part, where it stands, and how
 * to write a step. `runReviewStep` is the loop itself, shared by every subject.
 */
export interface ReviewSubject<Row, Dto> {
  /** The audit log's entity name. */
  entity: string;
  /** The input field named in refusals about the subject itself (e.g. "reminderId"). */
  field: string;
  outOfScope: string;
  /** The row locked for update, when the caller may see it; undefined otherwise (answered "not found"). */
  find(q: Request, db: Db, id: number): Promise<Row | undefined>;
  notFound(): never;
  unitOf(row: Row): number;
  stateOf(row: Row): ReviewState;
  actorsOn(q: Request, path: readonly number[]): ReviewActor[];
  /** Writes the step's new state with what else it changes. */
  write(db: Db, row: Row, next: ReviewState, patch: Record<string, unknown>): Promise<void>;
  /** Anything else the step causes in the same transaction (a notification to the unit). */
  after?(db: Db, row: Row, step: ReviewStep): Promise<void>;
  toDto(q: Request, db: Db, id: number, path: readonly number[]): Promise<Dto>;
}

/**
 * One step of the loop in one transaction with its audit row: the caller must play the step's part on
 * the subject's unit and the domain's state machine must allow it; `patch` says what else it writes.
 */
export async function runReviewStep<Row, Dto>(
  q: Request,
  subject: ReviewSubject<Row, Dto>,
  id: number,
  step: ReviewStep,
  patch: (row: Row, trx: Db) => Promise<Record<string, unknown>> | Record<string, unknown>,
  commentCount = 0,
): Promise<Dto> {
  return audited(q.db, q.actor, async (trx) => {
    const row = await subject.find(q, trx, id);
    if (!row) subject.notFound();
    const unitId = subject.unitOf(row);
    const path = await ancestorPath(trx, unitId);
    const actor = REVIEW_TRANSITIONS[step].by;
    if (!subject.actorsOn(q, path).includes(actor)) fail("ACCESS.OUT_OF_SCOPE", subject.outOfScope);
    const before = await subject.toDto(q, trx, id, path);
    const next = unwrap(applyReviewStep(subject.stateOf(row), step, actor, commentCount), subject.field);
    await subject.write(trx, row, next, await patch(row, trx));
    await subject.after?.(trx, row, step);
    const after = await subject.toDto(q, trx, id, path);
    return {
      result: after,
      audit: { action: step, entity: subject.entity, entityId: id, unitId, before, after },
    };
  });
}

/** The comment a send-back or a return carries, appended to the ones before it. */
export function withComment(
  q: Request,
  earlier: readonly ReviewComment[],
  by: ReviewComment["by"],
  text: string,
): string {
  const c: ReviewComment = { by, author: q.user.displayName, at: q.now.toISOString(), item: null, text };
  return JSON.stringify([...earlier, c]);
}
