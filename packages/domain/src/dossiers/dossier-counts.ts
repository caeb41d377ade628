import { z } from "zod";

/**
 * The monthly counts of one unit's dossiers (hồ sơ TTHC), as the dossier IT system reports them.
 * Columns and words follow the TTHC-reporting forms of Thông tư 01/2020/TT-VPCP (biểu 06a/06b):
 * received (new online, direct, postal; carried over from the previous period), resolved (early,
 * on time, late), pending (not yet due, overdue); plus what Decision 766/QĐ-TTg (2022) measures
 * (fully online, online payment, digitisation, electronic results, satisfaction). Counts only: the
 * rates are computed (dossier-rates.ts), never stored.
 */
export const DOSSIER_COUNT_FIELDS = [
  { key: "receivedOnline", vi: "Tiếp nhận trực tuyến", en: "Received online" },
  { key: "receivedDirect", vi: "Tiếp nhận trực tiếp", en: "Received in person" },
  { key: "receivedPostal", vi: "Tiếp nhận qua bưu chính", en: "Received by post" },
  { key: "carriedOver", vi: "Kỳ trước chuyển qua", en: "Carried over" },
  { key: "resolvedEarly", vi: "Giải quyết trước hạn", en: "Resolved early" },
  { key: "resolvedOnTime", vi: "Giải quyết đúng hạn", en: "Resolved on time" },
  { key: "resolvedLate", vi: "Giải quyết quá hạn", en: "Resolved late" },
  { key: "pendingNotDue", vi: "Đang giải quyết trong hạn", en: "Pending, not yet due" },
  { key: "pendingOverdue", vi: "Đang giải quyết quá hạn", en: "Pending, overdue" },
  { key: "returnedWithdrawn", vi: "Trả lại, rút hồ sơ", en: "Returned or withdrawn" },
  { key: "fullyOnline", vi: "Trực tuyến toàn trình", en: "Fully online" },
  { key: "payable", vi: "Có nghĩa vụ tài chính", en: "With fees to pay" },
  { key: "paidOnline", vi: "Thanh toán trực tuyến", en: "Paid online" },
  { key: "digitisedComponents", vi: "Số hóa thành phần hồ sơ", en: "Components digitised" },
  { key: "digitisedResults", vi: "Số hóa kết quả", en: "Results digitised" },
  { key: "electronicResults", vi: "Cấp kết quả điện tử", en: "Electronic results issued" },
  { key: "satisfiedVotes", vi: "Đánh giá hài lòng", en: "Satisfied votes" },
  { key: "totalVotes", vi: "Tổng số đánh giá", en: "Total votes" },
] as const;
export type DossierCountKey = (typeof DOSSIER_COUNT_FIELDS)[number]["key"];

/** A unit's month is at most this many dossiers of a kind (a large district handles ≈ 20,000). */
export const DOSSIER_COUNT_MAX = 10_000_000;

function countField(vi: string, en: string) {
  const msg = `${vi}: phải là số nguyên từ 0 đến 10.000.000 / ${en}: must be a whole number from 0 to 10,000,000`;
  return z.number({ error: msg }).int(msg).min(0, msg).max(DOSSIER_COUNT_MAX, msg);
}

const shape = Object.fromEntries(DOSSIER_COUNT_FIELDS.map((f) => [f.key, countField(f.vi, f.en)])) as {
  [K in DossierCountKey]: ReturnType<typeof countField>;
};

/** The counts alone (each a whole number within bounds); whether they add up is `dossierCountProblems`. */
export const DossierCounts = z.object(shape);
export type DossierCounts = z.infer<typeof DossierCounts>;

export const ZERO_COUNTS: DossierCounts = Object.fromEntries(
  DOSSIER_COUNT_FIELDS.map((f) => [f.key, 0]),
) as DossierCounts;

export const labelOfCount = (key: DossierCountKey) => DOSSIER_COUNT_FIELDS.find((f) => f.key === key)!;

/** Sums of the parts the rules and the rates read. */
export function totalsOf(c: DossierCounts) {
  const newReceived = c.receivedOnline + c.receivedDirect + c.receivedPostal;
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  const pending = c.pendingNotDue + c.pendingOverdue;
  return {
    newReceived,
    received: newReceived + c.carriedOver,
    resolved,
    pending,
    handled: resolved + pending + c.returnedWithdrawn,
  };
}

/** Adds months (or units) together: every rule below holds for a sum if it holds for each part. */
export function sumCounts(rows: readonly DossierCounts[]): DossierCounts {
  const out = { ...ZERO_COUNTS };
  for (const r of rows) for (const f of DOSSIER_COUNT_FIELDS) out[f.key] += r[f.key];
  return out;
}
