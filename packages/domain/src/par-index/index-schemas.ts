import { z } from "zod";
import { textField, yearField } from "../schemas/fields";
import { FORMULA_MAX_LENGTH } from "./formula";

/**
 * The PAR index (Chỉ số CCHC) as data: a tree per year and level, stored flat as nodes whose code
 * says where they sit — "2" a field (lĩnh vực), "2.1" a criterion (tiêu chí), "2.1.3" a sub-criterion
 * (tiêu chí thành phần). A flat list is what an Excel sheet holds and what an editor edits row by row.
 */
export const INDEX_LEVELS = ["department", "district", "commune"] as const;
export const IndexLevel = z.enum(INDEX_LEVELS, {
  error: "Cấp chỉ số phải là sở, huyện hoặc xã / Index level must be department, district or commune",
});
export type IndexLevel = z.infer<typeof IndexLevel>;
export const INDEX_LEVEL_LABELS = {
  department: { vi: "Sở, ban, ngành", en: "Departments" },
  district: { vi: "UBND cấp huyện", en: "Districts" },
  commune: { vi: "UBND cấp xã", en: "Communes" },
} as const satisfies Record<IndexLevel, { vi: string; en: string }>;

/**
 * What a field counts toward: the assessment (thẩm định), the survey of satisfaction and impact
 * (điều tra xã hội học), bonus points (điểm thưởng) or penalty points (điểm trừ), each capped by its
 * field's maximum.
 */
export const INDEX_COMPONENTS = ["assessment", "survey", "bonus", "penalty"] as const;
export const IndexComponent = z.enum(INDEX_COMPONENTS, {
  error:
    "Thành phần phải là thẩm định, điều tra, thưởng hoặc trừ / Component must be assessment, survey, bonus or penalty",
});
export type IndexComponent = z.infer<typeof IndexComponent>;
export const INDEX_COMPONENT_LABELS = {
  assessment: { vi: "Thẩm định", en: "Assessment" },
  survey: { vi: "Điều tra xã hội học", en: "Survey" },
  bonus: { vi: "Điểm thưởng", en: "Bonus points" },
  penalty: { vi: "Điểm trừ", en: "Penalty points" },
} as const satisfies Record<IndexComponent, { vi: string; en: string }>;

const pointsField = (vi: string, en: string) =>
  z
    .number({ error: `${vi}: phải là số / ${en}: must be a number` })
    .min(0, `${vi}: không được âm / ${en}: must not be negative`)
    .max(1000, `${vi}: tối đa 1000 / ${en}: at most 1000`)
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
      message: `${vi}: tối đa hai chữ số thập phân / ${en}: at most two decimals`,
    });

const figureName = z
  .string({ error: "Số liệu là bắt buộc / Figure is required" })
  .regex(/^[a-z_][a-z0-9_]{0,39}$/, "Số liệu: tên không hợp lệ / Figure: invalid name");

/**
 * How a leaf is scored: `manual` any points up to the maximum, by judgement; `fixed` all or nothing
 * (đạt / không đạt); `tiered` the points of the highest tier whose threshold the value reaches (the
 * value is a named figure, or the unit picks a tier); `formula` computed from named figures, kept
 * within 0 and the maximum.
 */
export const IndexRule = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("manual") }),
    z.object({ kind: z.literal("fixed") }),
    z.object({
      kind: z.literal("tiered"),
      figure: figureName.optional(),
      tiers: z
        .array(
          z.object({
            min: z
              .number({ error: "Ngưỡng: phải là số / Threshold: must be a number" })
              .min(-1e6, "Ngưỡng: quá nhỏ / Threshold: too small")
              .max(1e6, "Ngưỡng: quá lớn / Threshold: too large"),
            points: pointsField("Điểm của mức", "Tier points"),
          }),
          { error: "Các mức phải là danh sách / Tiers must be a list" },
        )
        .min(1, "Các mức: cần ít nhất một mức / Tiers: at least one is needed")
        .max(10, "Các mức: tối đa 10 / Tiers: at most 10"),
    }),
    z.object({
      kind: z.literal("formula"),
      expr: textField("expr", "Công thức", "Formula", 1, FORMULA_MAX_LENGTH),
    }),
  ],
  {
    error:
      "Cách chấm phải là tự chấm, đạt/không đạt, theo mức hoặc công thức / Rule must be manual, fixed, tiered or formula",
  },
);
export type IndexRule = z.infer<typeof IndexRule>;

export const INDEX_CODE_PATTERN = /^\d{1,2}(\.\d{1,2}){0,2}$/;

export const IndexNode = z.object({
  code: z
    .string({ error: "Mã tiêu chí là bắt buộc / Criterion code is required" })
    .regex(
      INDEX_CODE_PATTERN,
      "Mã tiêu chí không hợp lệ, ví dụ 2, 2.1, 2.1.3 / Criterion code is invalid, e.g. 2, 2.1, 2.1.3",
    ),
  name: textField("name", "Tên tiêu chí", "Criterion name", 1, 500),
  maxPoints: pointsField("Điểm tối đa", "Maximum points"),
  /** Set on fields only; criteria belong to their field's component. */
  component: IndexComponent.optional(),
  /** Set on leaves only (the nodes that are scored). */
  rule: IndexRule.optional(),
  evidenceRequired: z
    .boolean({ error: "Yêu cầu tài liệu kiểm chứng: có hoặc không / Evidence required: yes or no" })
    .default(false),
});
export type IndexNode = z.infer<typeof IndexNode>;
export type IndexNodeInput = z.input<typeof IndexNode>;

export const IndexTree = z.object({
  year: yearField("year", "Năm", "Year"),
  level: IndexLevel,
  title: textField("title", "Tên bộ chỉ số", "Index title", 3, 300),
  /** The province's decision issuing it (or the note that it is an example to be replaced). */
  basis: textField("basis", "Căn cứ", "Basis", 0, 500).default(""),
  /** True for the shipped example: screens and exports mark it "to be replaced by the province's decision". */
  example: z.boolean({ error: "Bộ chỉ số mẫu: có hoặc không / Example: yes or no" }).default(false),
  nodes: z
    .array(IndexNode, { error: "Tiêu chí phải là danh sách / Criteria must be a list" })
    .min(1, "Tiêu chí: cần ít nhất một lĩnh vực / Criteria: at least one field is needed")
    .max(600, "Tiêu chí: tối đa 600 dòng / Criteria: at most 600 rows"),
});
export type IndexTree = z.infer<typeof IndexTree>;
export type IndexTreeInput = z.input<typeof IndexTree>;

export const IndexTreeKey = z.object({ year: yearField("year", "Năm", "Year"), level: IndexLevel });
export type IndexTreeKey = z.infer<typeof IndexTreeKey>;

/** The index a unit is scored on, by its kind: departments and agencies, districts, communes. */
export function indexLevelOf(kind: string): IndexLevel | null {
  if (kind === "department" || kind === "agency" || kind === "office") return "department";
  if (kind === "district") return "district";
  if (kind === "commune") return "commune";
  return null;
}
