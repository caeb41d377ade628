import {
  canOnUnit,
  componentOf,
  computedPoints,
  depthOf,
  FIGURE_SOURCES,
  type FigureValues,
  type IndexNode,
  indexLevelOf,
  indexMaximum,
  indexTotals,
  leavesOf,
  PAR_FIGURES,
  type ParFigure,
  type ScoringState,
  scoreColumnFor,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { unitInScope } from "../access/unit-access";
import type { Db, OrgUnitRow } from "../db/database";
import { findDeadlines, findSheet, sheetScores, versionById } from "../db/par-index.repository";
import { type SheetFileRow, sheetFiles } from "../db/par-index-files.repository";
import { ancestorPath } from "../db/unit.repository";
import { fail } from "../errors";
import { vietnamDate } from "../time";
import { treeInForce } from "./index-versions";
import { unitFigures } from "./par-figures";
import { ofTheUnit, type SheetFileDto, toSheetFileDto } from "./sheet-file-dto";

const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));

export interface SheetRowDto {
  code: string;
  name: string;
  depth: number;
  maxPoints: number;
  component: string;
  leaf: boolean;
  rule: IndexNode["rule"] | null;
  evidenceRequired: boolean;
  /** What the system computes from its own figures (null: judged by people, or no data yet). */
  computed: number | null;
  /** The figures the computation reads, with their source, so the screen can show where it comes from. */
  sources: {
    name: string;
    vi: string;
    en: string;
    sourceVi: string;
    sourceEn: string;
    value: number | null;
  }[];
  self: number | null;
  selfNote: string;
  appraisal1: number | null;
  appraisal1Comment: string;
  explanation: string;
  appraisal2: number | null;
  appraisal2Comment: string;
  /** The points that count now: round 2, else round 1, else the self-score, else the computed value. */
  current: number | null;
  /** Evidence files on the leaf the caller may see (the unit: all; others: the rounds it has sent). */
  files: SheetFileDto[];
}

export function unitLevelOrFail(unit: OrgUnitRow) {
  const level = indexLevelOf(unit.kind);
  if (!level)
    fail(
      "PAR_INDEX.SCORE_INVALID",
      `Đơn vị: "${unit.name}" không được chấm Chỉ số CCHC (chỉ sở, ban, ngành và UBND cấp huyện, cấp xã) / Unit: "${unit.name}" is not scored on the PAR index (departments, districts and communes only)`,
      "unitId",
    );
  return level;
}

/** Figures a rule reads, by name (a formula's, or a tier's figure). */
function figuresRead(node: IndexNode): ParFigure[] {
  const r = node.rule;
  if (!r) return [];
  if (r.kind === "tiered") return r.figure && r.figure in PAR_FIGURES ? [r.figure as ParFigure] : [];
  if (r.kind !== "formula") return [];
  return (Object.keys(PAR_FIGURES) as ParFigure[]).filter((f) => new RegExp(`\\b${f}\\b`).test(r.expr));
}

export function sheetRows(
  nodes: readonly IndexNode[],
  figures: FigureValues,
  scores: Awaited<ReturnType<typeof sheetScores>>,
  files: readonly SheetFileRow[] = [],
): SheetRowDto[] {
  const filesOf = new Map<string, SheetFileDto[]>();
  for (const f of files) filesOf.set(f.code, [...(filesOf.get(f.code) ?? []), toSheetFileDto(f)]);
  const leaves = new Set(leavesOf(nodes).map((n) => n.code));
  const byCode = new Map(scores.map((s) => [s.code, s]));
  return nodes.map((n) => {
    const s = byCode.get(n.code);
    const leaf = leaves.has(n.code);
    const computed = leaf && n.rule ? computedPoints(n.rule, n.maxPoints, figures) : null;
    const self = num(s?.self_points);
    const a1 = num(s?.appraisal1_points);
    const a2 = num(s?.appraisal2_points);
    return {
      code: n.code,
      name: n.name,
      depth: depthOf(n.code),
      maxPoints: n.maxPoints,
      component: componentOf(nodes, n.code),
      leaf,
      rule: leaf ? (n.rule ?? null) : null,
      evidenceRequired: n.evidenceRequired,
      computed,
      sources: figuresRead(n).map((f) => ({
        name: f,
        vi: PAR_FIGURES[f].vi,
        en: PAR_FIGURES[f].en,
        sourceVi: FIGURE_SOURCES[PAR_FIGURES[f].source].vi,
        sourceEn: FIGURE_SOURCES[PAR_FIGURES[f].source].en,
        value: figures[f] ?? null,
      })),
      self,
      selfNote: s?.self_note ?? "",
      appraisal1: a1,
      appraisal1Comment: s?.appraisal1_comment ?? "",
      explanation: s?.explanation ?? "",
      appraisal2: a2,
      appraisal2Comment: s?.appraisal2_comment ?? "",
      current: a2 ?? a1 ?? self ?? computed,
      files: filesOf.get(n.code) ?? [],
    };
  });
}

/** Totals of one column over the leaves (a leaf without points in that column counts as 0). */
export function totalsOf(
  nodes: readonly IndexNode[],
  rows: readonly SheetRowDto[],
  pick: (r: SheetRowDto) => number | null,
) {
  const points = new Map<string, number>();
  for (const r of rows) if (r.leaf) points.set(r.code, pick(r) ?? 0);
  return indexTotals(nodes, points);
}

/**
 * A unit's scoring sheet for a year: the tree it is scored on, every row with its four columns and
 * what the system computes, the totals per round, and which column the caller may write now.
 */
export async function readSheet(q: Request, unitId: number, year: number, db: Db = q.db) {
  const unit = await unitInScope(db, q.user, "units.read", unitId, "unitId");
  const level = unitLevelOrFail(unit);
  const provinceId = provinceOf(q.user);
  const sheet = await findSheet(db, unit.id, year);
  const version = sheet ? await versionById(db, sheet.version_id) : null;
  const tree = version
    ? {
        versionId: version.id,
        version: version.version,
        title: version.title,
        example: version.example,
        nodes: version.nodes,
      }
    : await treeInForce(db, provinceId, year, level);
  const path = await ancestorPath(db, unit.id);
  const [figures, scores, deadlines, files] = await Promise.all([
    unitFigures(db, unit, year, vietnamDate(q.now)),
    sheet ? sheetScores(db, sheet.id) : Promise.resolve([]),
    findDeadlines(db, provinceId, year),
    sheet ? sheetFiles(db, sheet.id, ofTheUnit(q.user, path)) : Promise.resolve([]),
  ]);
  const rows = sheetRows(tree.nodes, figures, scores, files);
  const state: ScoringState = sheet?.state ?? "self_scoring";
  const actor = canOnUnit(q.user.assignments, "selfAssessment.write", path)
    ? ("unit" as const)
    : canOnUnit(q.user.assignments, "plans.write", path)
      ? ("province" as const)
      : null;
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    year,
    level,
    state,
    sheetId: sheet?.id ?? null,
    tree: { versionId: tree.versionId, version: tree.version, title: tree.title, example: tree.example },
    maximum: indexMaximum(tree.nodes),
    deadlines: deadlines ?? null,
    rows,
    totals: {
      self: totalsOf(tree.nodes, rows, (r) => r.self ?? r.computed),
      appraisal1: totalsOf(tree.nodes, rows, (r) => r.appraisal1 ?? r.self ?? r.computed),
      current: totalsOf(tree.nodes, rows, (r) => r.current),
    },
    /**
     * The column the caller writes in this state (null: read-only for the caller now). Nothing is
     * written on the example tree shown before Sở Nội vụ issues the year's index: a save would be refused.
     */
    writable: actor && tree.versionId !== null ? scoreColumnFor(state, actor) : null,
    actor,
  };
}
export type SheetDto = Awaited<ReturnType<typeof readSheet>>;
