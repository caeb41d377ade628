import { type DossierCounts, totalsOf } from "./dossier-counts";

/**
 * The rates, in percent, in the manner of the indices of Decision 766/QĐ-TTg (2022) — the Prime
 * Minister's index set for serving citizens and businesses in TTHC and public services:
 * - tiến độ giải quyết: dossiers resolved early or on time / dossiers resolved;
 * - dịch vụ công trực tuyến: dossiers received online / dossiers newly received (and fully online,
 *   and online payment: paid online / with fees to pay);
 * - số hóa: components digitised / newly received, results digitised and electronic results / resolved;
 * - mức độ hài lòng: satisfied votes / votes.
 * A rate whose denominator is 0 is null ("no dossier of that kind"), never 0 % or 100 %.
 * 766's points (each index's weight in the 100-point score) are not reproduced: only the rates.
 */
export const DOSSIER_RATE_KEYS = [
  "onTime",
  "late",
  "pendingOverdue",
  "online",
  "fullyOnline",
  "onlinePayment",
  "digitisedComponents",
  "digitisedResults",
  "electronicResults",
  "satisfaction",
] as const;
export type DossierRateKey = (typeof DOSSIER_RATE_KEYS)[number];
export type DossierRates = Record<DossierRateKey, number | null>;

export const DOSSIER_RATE_LABELS = {
  onTime: { vi: "Tỷ lệ giải quyết trước hạn, đúng hạn", en: "Resolved early or on time" },
  late: { vi: "Tỷ lệ giải quyết quá hạn", en: "Resolved late" },
  pendingOverdue: { vi: "Tỷ lệ đang giải quyết quá hạn", en: "Pending past the due date" },
  online: { vi: "Tỷ lệ hồ sơ trực tuyến", en: "Received online" },
  fullyOnline: { vi: "Tỷ lệ hồ sơ trực tuyến toàn trình", en: "Fully online" },
  onlinePayment: { vi: "Tỷ lệ thanh toán trực tuyến", en: "Paid online" },
  digitisedComponents: { vi: "Tỷ lệ số hóa hồ sơ", en: "Dossiers digitised" },
  digitisedResults: { vi: "Tỷ lệ số hóa kết quả", en: "Results digitised" },
  electronicResults: { vi: "Tỷ lệ cấp kết quả điện tử", en: "Electronic results" },
  satisfaction: { vi: "Mức độ hài lòng", en: "Satisfaction" },
} as const satisfies Record<DossierRateKey, { vi: string; en: string }>;

/** The four index groups of 766 that this system measures, each with its rates. */
export const DOSSIER_INDEX_GROUPS = [
  {
    code: "progress",
    vi: "Tiến độ giải quyết",
    en: "Resolution progress",
    rates: ["onTime", "late", "pendingOverdue"],
  },
  {
    code: "online",
    vi: "Dịch vụ công trực tuyến",
    en: "Online public services",
    rates: ["online", "fullyOnline", "onlinePayment"],
  },
  {
    code: "digitisation",
    vi: "Số hóa hồ sơ",
    en: "Digitisation",
    rates: ["digitisedComponents", "digitisedResults", "electronicResults"],
  },
  { code: "satisfaction", vi: "Mức độ hài lòng", en: "Satisfaction", rates: ["satisfaction"] },
] as const satisfies readonly { code: string; vi: string; en: string; rates: readonly DossierRateKey[] }[];

const pct = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null);

/** The rates of a month's (or a sum of months') counts. Counts that break the rules are refused first. */
export function dossierRates(c: DossierCounts): DossierRates {
  const t = totalsOf(c);
  return {
    onTime: pct(c.resolvedEarly + c.resolvedOnTime, t.resolved),
    late: pct(c.resolvedLate, t.resolved),
    pendingOverdue: pct(c.pendingOverdue, t.pending),
    online: pct(c.receivedOnline, t.newReceived),
    fullyOnline: pct(c.fullyOnline, t.newReceived),
    onlinePayment: pct(c.paidOnline, c.payable),
    digitisedComponents: pct(c.digitisedComponents, t.newReceived),
    digitisedResults: pct(c.digitisedResults, t.resolved),
    electronicResults: pct(c.electronicResults, t.resolved),
    satisfaction: pct(c.satisfiedVotes, c.totalVotes),
  };
}

/** A rate as a screen shows it: "97,5 %" in Vietnamese, "—" when there is nothing to rate. */
export function formatRate(rate: number | null, lang: "vi" | "en" = "vi"): string {
  if (rate === null) return "—";
  const text = (Math.round(rate * 10) / 10).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text} %`;
}
