import { z } from "zod";
import { joinBilingual } from "../core/result";
import { idField, textField, yearField } from "../schemas/fields";
import { UnitImportInput } from "../schemas/file-schemas";
import { PageInput } from "../schemas/page-schemas";
import { INDEX_CODE_PATTERN, IndexLevel } from "./index-schemas";
import { ScoringDeadlines } from "./scoring-rounds";
import { pointsOutOfBounds, SCORE_SHEET_LABEL } from "./sheet-messages";

/** The inputs of the PAR-index procedures (issue 11 §3–§5). Every message names its field in words. */
const year = yearField("year", "Năm", "Year");
const unitId = idField("unitId", "Đơn vị", "Unit");
const code = z
  .string({ error: "Mã tiêu chí là bắt buộc / Criterion code is required" })
  .regex(INDEX_CODE_PATTERN, "Mã tiêu chí không hợp lệ, ví dụ 2.1.3 / Criterion code is invalid, e.g. 2.1.3");
const points = z.number({
  error: "Phiếu chấm điểm: điểm phải là số / Scoring sheet: points must be a number",
});
/** A row's points out of bounds are refused naming the sub-criterion ("Phiếu chấm điểm, tiêu chí 1.2: …"). */
const pointsInBounds = (row: { code: string; points: number | null }, ctx: z.RefinementCtx) => {
  const problem = row.points === null ? null : pointsOutOfBounds(row.code, row.points);
  if (problem) ctx.addIssue({ code: "custom", path: ["points"], message: joinBilingual(problem) });
};
const list = <T extends z.ZodType>(item: T, vi: string, en: string) =>
  z
    .array(item, { error: `${vi} phải là danh sách / ${en} must be a list` })
    .max(600, `${vi}: tối đa 600 dòng / ${en}: at most 600 rows`);

export const IndexVersionsPageInput = PageInput.extend({ year, level: IndexLevel });
export type IndexVersionsPageInput = z.infer<typeof IndexVersionsPageInput>;

export const ScoringDeadlinesInput = ScoringDeadlines.extend({ year });
export type ScoringDeadlinesInput = z.infer<typeof ScoringDeadlinesInput>;

export const SheetKey = z.object({ unitId, year });
export type SheetKey = z.infer<typeof SheetKey>;

/** The unit's self-score: points and, for each, the justification (or its evidence is attached). */
export const SelfScoreInput = SheetKey.extend({
  scores: list(
    z
      .object({
        code,
        points: points.nullable(),
        note: textField("note", "Thuyết minh", "Justification", 0, 2000).default(""),
      })
      .superRefine(pointsInBounds),
    SCORE_SHEET_LABEL.vi,
    SCORE_SHEET_LABEL.en,
  ),
});
export type SelfScoreInput = z.infer<typeof SelfScoreInput>;

/** The unit's explanation (giải trình) of the round-1 appraisal, per sub-criterion. */
export const ExplanationInput = SheetKey.extend({
  items: list(
    z.object({ code, explanation: textField("explanation", "Giải trình", "Explanation", 0, 2000) }),
    SCORE_SHEET_LABEL.vi,
    SCORE_SHEET_LABEL.en,
  ),
});
export type ExplanationInput = z.infer<typeof ExplanationInput>;

/** Sở Nội vụ's appraisal of the current round: points and comments per sub-criterion. */
export const AppraisalInput = SheetKey.extend({
  scores: list(
    z
      .object({
        code,
        points: points.nullable(),
        comment: textField("comment", "Ý kiến thẩm định", "Appraisal comment", 0, 2000).default(""),
      })
      .superRefine(pointsInBounds),
    SCORE_SHEET_LABEL.vi,
    SCORE_SHEET_LABEL.en,
  ),
});
export type AppraisalInput = z.infer<typeof AppraisalInput>;

export const SheetsPageInput = PageInput.extend({ year, level: IndexLevel });
export type SheetsPageInput = z.infer<typeof SheetsPageInput>;

export const RankingPageInput = PageInput.extend({ year, level: IndexLevel });
export type RankingPageInput = z.infer<typeof RankingPageInput>;

export const ParIndexYearInput = z.object({ year });
export type ParIndexYearInput = z.infer<typeof ParIndexYearInput>;

/** An index tree from Excel or CSV (the export's layout), for a year and level: preview, then commit. */
export const IndexImportInput = z.object({
  year,
  level: IndexLevel,
  title: textField("title", "Tên bộ chỉ số", "Index title", 3, 300),
  basis: textField("basis", "Căn cứ", "Basis", 0, 500).default(""),
  fileName: UnitImportInput.shape.fileName,
  contentBase64: UnitImportInput.shape.contentBase64,
  token: UnitImportInput.shape.token,
});
export type IndexImportInput = z.infer<typeof IndexImportInput>;

/** `GET /files/docs/par-index/{tree,ranking}.xlsx?year=&level=`: query strings, the year as text. */
export const ParIndexFileQuery = z.object({
  year: z.preprocess((v) => (typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : v), year),
  level: IndexLevel,
});
export type ParIndexFileQuery = z.infer<typeof ParIndexFileQuery>;

/** Numbers of a query string come as text. */
const queryNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && /^\d{1,10}$/.test(v) ? Number(v) : v), schema);

/** `POST /files/par-index/evidence?unitId=&year=&code=` (multipart, one part "file"): a sub-criterion's evidence. */
export const SheetFileUploadQuery = z.object({
  unitId: queryNumber(unitId),
  year: queryNumber(year),
  code,
});
export type SheetFileUploadQuery = z.infer<typeof SheetFileUploadQuery>;

/** One evidence file of a sheet: `GET /files/par-index/evidence/:id`, `parIndex.removeFile`. */
export const SheetFileId = z.object({
  id: z.uuid({ error: "Mã tệp không hợp lệ / File id is invalid" }),
});
export type SheetFileId = z.infer<typeof SheetFileId>;
