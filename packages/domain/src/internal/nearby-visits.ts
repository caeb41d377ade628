import { addDays, formatViDate, rangesOverlap } from "../calendar/iso-date";
import type { DomainWarning } from "../core/result";
import { joinBilingual } from "../core/result";

/** A visit the caller may see (the API passes only those: never a surprise before it starts, R5). */
export interface VisibleVisit {
  startDate: string;
  endDate: string;
  /** Who visits: "UBND tỉnh (Sở Nội vụ)", the parent unit of another internal check, … */
  byVi: string;
  byEn: string;
}

/** Days either side of a planned window within which another visit still disturbs the unit (I.2). */
export const NEARBY_DAYS = 7;

/** Visits that fall within NEARBY_DAYS of the window, earliest first. */
export function nearbyVisits<T extends VisibleVisit>(
  window: { startDate: string; endDate: string },
  visits: readonly T[],
  margin = NEARBY_DAYS,
): T[] {
  const from = addDays(window.startDate, -margin);
  const to = addDays(window.endDate, margin);
  return visits
    .filter((v) => rangesOverlap(v.startDate, v.endDate, from, to))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/**
 * R7 applied to internal checks: the plan asks not to disturb a unit with several teams, so a clerk
 * scheduling an internal check is warned (never refused: the province's dates are not the unit's to move).
 */
export function nearbyWarning(
  window: { startDate: string; endDate: string },
  visits: readonly VisibleVisit[],
): DomainWarning | null {
  const near = nearbyVisits(window, visits);
  if (near.length === 0) return null;
  const list = (lang: "vi" | "en") =>
    near
      .map(
        (v) => `${lang === "vi" ? v.byVi : v.byEn} ${formatViDate(v.startDate)}–${formatViDate(v.endDate)}`,
      )
      .join("; ");
  return {
    code: "INTERNAL.NEAR_OTHER_VISIT",
    message: joinBilingual({
      vi: `Đơn vị đã có đoàn kiểm tra gần những ngày này (${list("vi")}); nên dời lịch hoặc kết hợp để không gây phiền hà`,
      en: `The unit already has a visit near these days (${list("en")}); consider moving or combining to avoid disturbing it`,
    }),
  };
}
