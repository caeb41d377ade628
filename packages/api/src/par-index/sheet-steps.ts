import {
  type AppraisalInput,
  applyScoringStep,
  checkSubmit,
  type ExplanationInput,
  type IndexNode,
  joinBilingual,
  leavesOf,
  notScoredCriterion,
  type Permission,
  pointsAllowed,
  pointsRefused,
  SCORING_STATE_LABELS,
  type ScoreColumn,
  type ScoringActor,
  type ScoringStep,
  type SelfScoreInput,
  scoreColumnFor,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { unitInScope } from "../access/unit-access";
import { audited } from "../db/audit.repository";
import type { Db } from "../db/database";
import {
  findDeadlines,
  findSheet,
  insertSheet,
  latestVersion,
  updateSheet,
  upsertScores,
  versionById,
} from "../db/par-index.repository";
import { fail, unwrap } from "../errors";
import { vietnamDate } from "../time";
import { notifyStep } from "./sheet-notifications";
import { readSheet, type SheetDto, totalsOf, unitLevelOrFail } from "./sheet-reads";

const ENTITY = "par_index_sheet";
const PERMISSION_OF: Record<ScoringActor, Permission> = {
  unit: "selfAssessment.write",
  province: "plans.write",
};

/**
 * The unit's sheet for the year, locked for this transaction; created on the unit's first save, on
 * the tree in force then (it stays on that version: a later version does not move sheets under way).
 */
export async function lockedSheet(
  trx: Db,
  q: Request,
  unitId: number,
  year: number,
  actor: ScoringActor,
  create: boolean,
) {
  const unit = await unitInScope(trx, q.user, PERMISSION_OF[actor], unitId, "unitId");
  const level = unitLevelOrFail(unit);
  const existing = await findSheet(trx, unit.id, year, true);
  if (existing) return { unit, sheet: existing, nodes: (await versionById(trx, existing.version_id)).nodes };
  if (!create)
    fail(
      "PAR_INDEX.TRANSITION_INVALID",
      "Đơn vị chưa tự chấm điểm năm này / The unit has not self-scored this year",
      "unitId",
    );
  const version = await latestVersion(trx, provinceOf(q.user), year, level);
  if (!version)
    fail(
      "PAR_INDEX.TRANSITION_INVALID",
      "Năm: Sở Nội vụ chưa ban hành bộ chỉ số năm này / Year: Sở Nội vụ has not issued this year's index",
      "year",
    );
  const sheet = await insertSheet(trx, {
    provinceId: unit.province_id,
    unitId: unit.id,
    year,
    level,
    versionId: version.id,
  });
  return { unit, sheet, nodes: version.nodes };
}

/** One change of a sheet with its audit row, in one transaction; the answer is the sheet as the caller sees it. */
function change(
  q: Request,
  key: { unitId: number; year: number },
  actor: ScoringActor,
  action: string,
  body: (ctx: Awaited<ReturnType<typeof lockedSheet>>, trx: Db) => Promise<void>,
  create = false,
): Promise<SheetDto> {
  return audited(q.db, q.actor, async (trx) => {
    const ctx = await lockedSheet(trx, q, key.unitId, key.year, actor, create);
    const before = { state: ctx.sheet.state };
    await body(ctx, trx);
    const after = await readSheet(q, key.unitId, key.year, trx);
    return {
      result: after,
      audit: {
        action,
        entity: ENTITY,
        entityId: ctx.sheet.id,
        unitId: ctx.unit.id,
        before,
        after: { state: after.state, total: after.totals.current.total },
      },
    };
  });
}

function assertColumn(state: Parameters<typeof scoreColumnFor>[0], actor: ScoringActor, column: ScoreColumn) {
  if (scoreColumnFor(state, actor) !== column)
    fail(
      "PAR_INDEX.TRANSITION_INVALID",
      `Không thể sửa lúc này: hồ sơ ${SCORING_STATE_LABELS[state].vi.toLowerCase()} / Cannot be changed now: ${SCORING_STATE_LABELS[state].en.toLowerCase()}`,
      "unitId",
    );
}

/** Points only on leaves of the sheet's tree, each allowed by its rule (fixed: 0 or all; tiered: a tier). */
function checkPoints(
  nodes: readonly IndexNode[],
  rows: readonly { code: string; points: number | null }[],
  field: string,
) {
  const leaves = new Map(leavesOf(nodes).map((n) => [n.code, n]));
  for (const r of rows) {
    const n = leaves.get(r.code);
    if (!n) fail("PAR_INDEX.SCORE_INVALID", joinBilingual(notScoredCriterion(r.code)), field);
    if (r.points !== null && n.rule && !pointsAllowed(n.rule, n.maxPoints, r.points))
      fail(
        "PAR_INDEX.SCORE_INVALID",
        joinBilingual(pointsRefused(r.code, r.points, n.rule, n.maxPoints)),
        field,
      );
  }
}

const dedupe = <T extends { code: string }>(rows: readonly T[]) => [
  ...new Map(rows.map((r) => [r.code, r])).values(),
];

export function saveSelfScore(q: Request, input: SelfScoreInput) {
  return change(
    q,
    input,
    "unit",
    "save_self_score",
    async ({ sheet, nodes }, trx) => {
      assertColumn(sheet.state, "unit", "self");
      const rows = dedupe(input.scores);
      checkPoints(nodes, rows, "scores");
      await upsertScores(
        trx,
        sheet.id,
        rows.map((r) => ({ code: r.code, self_points: r.points, self_note: r.note })),
      );
    },
    true,
  );
}

export function saveExplanation(q: Request, input: ExplanationInput) {
  return change(q, input, "unit", "save_explanation", async ({ sheet, nodes }, trx) => {
    assertColumn(sheet.state, "unit", "explanation");
    const rows = dedupe(input.items);
    checkPoints(
      nodes,
      rows.map((r) => ({ code: r.code, points: null })),
      "items",
    );
    await upsertScores(
      trx,
      sheet.id,
      rows.map((r) => ({ code: r.code, explanation: r.explanation })),
    );
  });
}

export function saveAppraisal(q: Request, input: AppraisalInput) {
  return change(q, input, "province", "save_appraisal", async ({ sheet, nodes }, trx) => {
    const column = scoreColumnFor(sheet.state, "province");
    if (column !== "appraisal_1" && column !== "appraisal_2")
      assertColumn(sheet.state, "province", "appraisal_1");
    const rows = dedupe(input.scores);
    checkPoints(nodes, rows, "scores");
    await upsertScores(
      trx,
      sheet.id,
      rows.map((r) =>
        column === "appraisal_1"
          ? { code: r.code, appraisal1_points: r.points, appraisal1_comment: r.comment }
          : { code: r.code, appraisal2_points: r.points, appraisal2_comment: r.comment },
      ),
    );
  });
}

/** A step of the rounds; submitting needs every leaf scored, and a justification and a file where evidence is required (the domain's `checkSubmit`). */
export function takeStep(
  q: Request,
  key: { unitId: number; year: number },
  actor: ScoringActor,
  which: ScoringStep | "finish_round",
) {
  const create = which === "submit"; // a first submit without a save says what is missing, not "no sheet"
  return change(
    q,
    key,
    actor,
    which,
    async ({ sheet, unit }, trx) => {
      const step: ScoringStep =
        which === "finish_round" ? (sheet.state === "submitted" ? "appraise_1" : "appraise_2") : which;
      const deadlines = (await findDeadlines(trx, sheet.province_id, sheet.year)) ?? null;
      const next = unwrap(
        applyScoringStep(sheet.state, step, actor, vietnamDate(q.now), deadlines),
        "unitId",
      );
      if (step === "submit") {
        const current = await readSheet(q, key.unitId, key.year, trx);
        unwrap(checkSubmit(current.rows.map((r) => ({ ...r, files: r.files.length }))), "scores");
      }
      const about = { id: sheet.id, unitId: unit.id, unitName: unit.name, year: sheet.year };
      await notifyStep(trx, step, about, deadlines, q.now);
      if (step === "explain") {
        await updateSheet(trx, sheet.id, { state: next, explained_at: q.now });
        return;
      }
      if (step === "lock") {
        const current = await readSheet(q, key.unitId, key.year, trx);
        const nodes = (await versionById(trx, sheet.version_id)).nodes;
        const totals = totalsOf(nodes, current.rows, (r) => r.current);
        const fields = Object.fromEntries(
          nodes.filter((n) => !n.code.includes(".")).map((n) => [n.code, totals.byCode[n.code] ?? 0]),
        );
        await updateSheet(trx, sheet.id, {
          state: next,
          total: totals.total,
          field_scores: JSON.stringify(fields),
          locked_at: q.now,
        });
        return;
      }
      await updateSheet(trx, sheet.id, { state: next });
    },
    create,
  );
}
