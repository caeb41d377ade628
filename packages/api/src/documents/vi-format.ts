import { formatViDate } from "@par/domain";
import type { DocumentRef, IsoDate, PlanRef } from "./types";

/** Tables and short references: dd/mm/yyyy, as every screen shows dates. */
export const shortDate: (iso: IsoDate) => string = formatViDate;

/**
 * The date in words of the date line: NĐ 30/2020 (Phụ lục I, mục II.5) writes days below 10 and the
 * months January and February with a leading zero ("ngày 05 tháng 02"), other months without.
 */
export function longDate(iso: IsoDate): string {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Đồng Nai, ngày 15 tháng 3 năm 2023". */
export function placeDateLine(place: string, iso: IsoDate): string {
  return `${place}, ${longDate(iso)}`;
}

/** NĐ 30: numbers below 10 get a leading zero ("Số: 05/QĐ-SNV"); a draft without a number keeps room for it. */
export function documentNumber(number: string): string {
  const m = /^\s*(\d*)\s*\/(.*)$/.exec(number);
  if (!m) return number;
  const [, n = "", symbol] = m;
  if (n === "") return `\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/${symbol}`;
  return `${n.length === 1 ? `0${n}` : n}/${symbol}`;
}

/** "Kế hoạch số 284/KH-UBND ngày 29/12/2022 của UBND tỉnh Đồng Nai". */
export function planCitation(plan: PlanRef): string {
  return `Kế hoạch số ${plan.number} ngày ${shortDate(plan.date)} của ${plan.issuer}`;
}

/** "Quyết định số 12/QĐ-SNV ngày 15/03/2023 của Giám đốc Sở Nội vụ". */
export function documentCitation(doc: DocumentRef): string {
  return `${doc.kind} số ${documentNumber(doc.number)} ngày ${shortDate(doc.date)} của ${doc.issuer}`;
}

/** Vietnamese decimals use a comma: 45,5. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return "–";
  return (Math.round((part / whole) * 1000) / 10).toFixed(1).replace(".", ",");
}

/** Vietnamese capitals keep their diacritics: "Sở Nội vụ" → "SỞ NỘI VỤ". */
export function upper(text: string): string {
  return text.toLocaleUpperCase("vi-VN");
}

/** The follow-up of recommendations as the reports state it. */
export function recommendationTally(rec: { resolved: number; open: number; overdue: number }): string {
  return `Tổng số kiến nghị đã ban hành: ${rec.resolved + rec.open}; đã khắc phục: ${rec.resolved}; chưa khắc phục: ${rec.open}, trong đó quá thời hạn: ${rec.overdue}.`;
}
