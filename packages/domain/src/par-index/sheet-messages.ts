import type { Bilingual } from "../core/result";
import type { IndexRule } from "./index-schemas";

/**
 * What a user calls the whole thing the self-score, explanation and appraisal inputs carry (their
 * `scores` and `items` lists): the scoring sheet, not "Điểm" — a refusal about one of its rows reads
 * "Phiếu chấm điểm, tiêu chí 1.2: …", naming the sub-criterion concerned.
 */
export const SCORE_SHEET_LABEL = { vi: "Phiếu chấm điểm", en: "Scoring sheet" } as const satisfies Bilingual;

/** The words for every field of the sheet's inputs, for a screen that names the field of a refusal. */
export const SCORE_SHEET_FIELD_LABELS = {
  unitId: { vi: "Đơn vị", en: "Unit" },
  year: { vi: "Năm", en: "Year" },
  scores: SCORE_SHEET_LABEL,
  items: SCORE_SHEET_LABEL,
} as const satisfies Record<string, Bilingual>;

/** Decimals as each language writes them: 0,5 in Vietnamese, 0.5 in English. */
const decimal = (n: number) => ({ vi: String(n).replace(".", ","), en: String(n) });

/**
 * A refusal about one row: it starts with the sheet's label, so a screen that prefixes a field's label
 * (unless the message already starts with it) shows it once.
 */
export function aboutCriterion(code: string, text: Bilingual): Bilingual {
  return {
    vi: `${SCORE_SHEET_LABEL.vi}, tiêu chí ${code}: ${text.vi}`,
    en: `${SCORE_SHEET_LABEL.en}, criterion ${code}: ${text.en}`,
  };
}

/** A code that is not a leaf of the sheet's tree (a field, a criterion with sub-criteria, or unknown). */
export function notScoredCriterion(code: string): Bilingual {
  return aboutCriterion(code, { vi: "không phải tiêu chí được chấm", en: "is not a scored criterion" });
}

/** Points the leaf's rule does not allow (`pointsAllowed` said no), with what it allows. */
export function pointsRefused(code: string, points: number, rule: IndexRule, maxPoints: number): Bilingual {
  const p = decimal(points);
  const max = decimal(maxPoints);
  const only =
    rule.kind === "fixed"
      ? { vi: ", chỉ 0 hoặc tối đa", en: ", only 0 or the maximum" }
      : rule.kind === "tiered"
        ? { vi: ", chỉ điểm của một mức", en: ", only a tier's points" }
        : { vi: "", en: "" };
  return aboutCriterion(code, {
    vi: `không nhận ${p.vi} điểm (tối đa ${max.vi}${only.vi})`,
    en: `cannot get ${p.en} points (maximum ${max.en}${only.en})`,
  });
}

const some = (codes: readonly string[]) =>
  codes.slice(0, 10).join(", ") + (codes.length > 10 ? ` (+${codes.length - 10})` : "");

/** Why a self-score cannot be sent, naming the sub-criteria of each problem (`submitProblems`). */
export function submitRefusal(p: {
  missing: readonly string[];
  unjustified: readonly string[];
  withoutFiles: readonly string[];
}): Bilingual | null {
  const parts = [
    p.missing.length > 0 && {
      vi: `chưa chấm tiêu chí ${some(p.missing)}`,
      en: `criteria not scored: ${some(p.missing)}`,
    },
    p.unjustified.length > 0 && {
      vi: `thiếu thuyết minh ở tiêu chí ${some(p.unjustified)}`,
      en: `justification missing for ${some(p.unjustified)}`,
    },
    p.withoutFiles.length > 0 && {
      vi: `thiếu tài liệu kiểm chứng ở tiêu chí ${some(p.withoutFiles)}`,
      en: `evidence file missing for ${some(p.withoutFiles)}`,
    },
  ].filter((x): x is { vi: string; en: string } => !!x);
  if (parts.length === 0) return null;
  return {
    vi: `${SCORE_SHEET_LABEL.vi} chưa gửi được: ${parts.map((x) => x.vi).join("; ")}`,
    en: `${SCORE_SHEET_LABEL.en} cannot be sent: ${parts.map((x) => x.en).join("; ")}`,
  };
}

/** A row's points outside what any sheet takes (the rule of the leaf is checked against the tree later). */
export function pointsOutOfBounds(code: string, points: number): Bilingual | null {
  if (points < 0)
    return aboutCriterion(code, { vi: "điểm không được âm", en: "points must not be negative" });
  if (points > 1000) return aboutCriterion(code, { vi: "điểm tối đa 1000", en: "points at most 1000" });
  return null;
}
