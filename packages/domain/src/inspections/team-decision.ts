import { formatViDate, yearOf } from "../calendar/iso-date";
import { err, ok, type Result } from "../core/result";

/**
 * The decision forming an inspection's team (quyết định thành lập đoàn kiểm tra). It is signed before
 * the team goes out, so its date is on or before the first day of the inspection, and it belongs to
 * the plan year (or the December before, for a January inspection).
 */
export interface DecisionFacts {
  year: number;
  startDate: string;
}

export function checkDecisionDate(date: string, i: DecisionFacts): Result<null> {
  if (date > i.startDate) {
    return err(
      "INSPECTION.DECISION_DATE",
      {
        vi: `Ngày quyết định ${formatViDate(date)} sau ngày bắt đầu kiểm tra ${formatViDate(i.startDate)}: quyết định thành lập đoàn phải có trước khi đoàn làm việc`,
        en: `Decision date ${formatViDate(date)} is after the start of the inspection ${formatViDate(i.startDate)}: the team is formed before it works`,
      },
      "date",
    );
  }
  if (yearOf(date) < i.year - 1 || (yearOf(date) === i.year - 1 && date.slice(5, 7) !== "12")) {
    return err(
      "INSPECTION.DECISION_DATE",
      {
        vi: `Ngày quyết định ${formatViDate(date)} không thuộc kế hoạch năm ${i.year}`,
        en: `Decision date ${formatViDate(date)} is not in the ${i.year} plan's time`,
      },
      "date",
    );
  }
  return ok(null);
}

/** What the date picker proposes: the notice date (the decision goes out with the notice), else the first day. */
export function defaultDecisionDate(i: { noticeDate: string | null; startDate: string }): string {
  return i.noticeDate ?? i.startDate;
}

/**
 * A date picker's default for a record of `year`: today when today is in that year, else the nearest
 * day of the year (31/12 of a past year, 01/01 of a future one) — never a date of another year.
 */
export function defaultDateInYear(year: number, today: string): string {
  if (yearOf(today) === year) return today;
  return yearOf(today) > year ? `${year}-12-31` : `${year}-01-01`;
}
