import type { Bilingual } from "../core/result";
import { type DossierCountKey, type DossierCounts, labelOfCount, totalsOf } from "./dossier-counts";

/** A count that breaks a rule, the column it is blamed on, and the rule in words. */
export interface DossierCountProblem {
  rule: DossierRuleCode;
  column: DossierCountKey;
  message: Bilingual;
}

/**
 * The consistency rules, as data (docs/dossiers.md gives each one's source). `parts` must add up to
 * `whole` (equal) or stay within it (atMost).
 */
export const DOSSIER_RULES = [
  {
    code: "balance",
    kind: "equal",
    parts: [
      "resolvedEarly",
      "resolvedOnTime",
      "resolvedLate",
      "pendingNotDue",
      "pendingOverdue",
      "returnedWithdrawn",
    ],
    whole: ["receivedOnline", "receivedDirect", "receivedPostal", "carriedOver"],
    vi: "tổng đã giải quyết, đang giải quyết và trả lại/rút phải bằng tổng tiếp nhận (kể cả kỳ trước chuyển qua)",
    en: "resolved, pending and returned/withdrawn must add up to the total received (carried over included)",
  },
  {
    code: "fully_online",
    kind: "atMost",
    parts: ["fullyOnline"],
    whole: ["receivedOnline"],
    vi: "không được lớn hơn số tiếp nhận trực tuyến",
    en: "must not exceed the dossiers received online",
  },
  {
    code: "paid_online",
    kind: "atMost",
    parts: ["paidOnline"],
    whole: ["payable"],
    vi: "không được lớn hơn số hồ sơ có nghĩa vụ tài chính",
    en: "must not exceed the dossiers with fees to pay",
  },
  {
    code: "payable",
    kind: "atMost",
    parts: ["payable"],
    whole: ["receivedOnline", "receivedDirect", "receivedPostal", "carriedOver"],
    vi: "không được lớn hơn tổng tiếp nhận",
    en: "must not exceed the total received",
  },
  {
    code: "digitised_components",
    kind: "atMost",
    parts: ["digitisedComponents"],
    whole: ["receivedOnline", "receivedDirect", "receivedPostal"],
    vi: "không được lớn hơn số hồ sơ mới tiếp nhận",
    en: "must not exceed the dossiers newly received",
  },
  {
    code: "digitised_results",
    kind: "atMost",
    parts: ["digitisedResults"],
    whole: ["resolvedEarly", "resolvedOnTime", "resolvedLate"],
    vi: "không được lớn hơn số hồ sơ đã giải quyết",
    en: "must not exceed the dossiers resolved",
  },
  {
    code: "electronic_results",
    kind: "atMost",
    parts: ["electronicResults"],
    whole: ["resolvedEarly", "resolvedOnTime", "resolvedLate"],
    vi: "không được lớn hơn số hồ sơ đã giải quyết",
    en: "must not exceed the dossiers resolved",
  },
  {
    code: "satisfied_votes",
    kind: "atMost",
    parts: ["satisfiedVotes"],
    whole: ["totalVotes"],
    vi: "không được lớn hơn tổng số đánh giá",
    en: "must not exceed the total votes",
  },
] as const satisfies readonly {
  code: string;
  kind: "equal" | "atMost";
  parts: readonly DossierCountKey[];
  whole: readonly DossierCountKey[];
  vi: string;
  en: string;
}[];
export type DossierRuleCode = (typeof DOSSIER_RULES)[number]["code"];

const sum = (c: DossierCounts, keys: readonly DossierCountKey[]) => keys.reduce((s, k) => s + c[k], 0);

/** Every rule the counts break (none: the row adds up). A problem names its column in words. */
export function dossierCountProblems(c: DossierCounts): DossierCountProblem[] {
  const out: DossierCountProblem[] = [];
  for (const rule of DOSSIER_RULES) {
    const parts = sum(c, rule.parts);
    const whole = sum(c, rule.whole);
    const broken = rule.kind === "equal" ? parts !== whole : parts > whole;
    if (!broken) continue;
    const column = rule.parts[0];
    const label = labelOfCount(column);
    const detail =
      rule.kind === "equal"
        ? { vi: ` (${parts} ≠ ${whole})`, en: ` (${parts} ≠ ${whole})` }
        : { vi: ` (${parts} > ${whole})`, en: ` (${parts} > ${whole})` };
    out.push({
      rule: rule.code,
      column,
      message:
        rule.code === "balance"
          ? {
              vi: `Số liệu không khớp: ${rule.vi}${detail.vi}`,
              en: `Counts do not add up: ${rule.en}${detail.en}`,
            }
          : { vi: `${label.vi}: ${rule.vi}${detail.vi}`, en: `${label.en}: ${rule.en}${detail.en}` },
    });
  }
  return out;
}

/** The balance in words the dashboard shows beside a month (received = resolved + pending + returned). */
export function isBalanced(c: DossierCounts): boolean {
  const t = totalsOf(c);
  return t.received === t.handled;
}
