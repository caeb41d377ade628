import { z } from "zod";
import { formatViDate } from "../calendar/iso-date";
import { dateField, idField } from "../schemas/fields";
import type { Rating } from "../schemas/finding-schemas";
import { CONDUCT_ITEMS, TECHNICAL_ITEMS } from "./conduct-checklist";

/**
 * A remote-camera inspection (form `remote_camera`, R4; never counted in the on-site quotas, R2) of one
 * unit over a period: its area 4 finding (conduct at the counters) is filled from the camera reviews.
 */
export const OpenRemoteInspectionInput = z
  .object({
    unitId: idField("unitId", "Đơn vị", "Unit"),
    startDate: dateField("startDate", "Từ ngày", "From"),
    endDate: dateField("endDate", "Đến ngày", "To"),
  })
  .refine((i) => i.endDate >= i.startDate, {
    path: ["endDate"],
    message: "Đến ngày: không được trước ngày bắt đầu / To: must not be before the start",
  });

export interface ReviewStats {
  reviews: number;
  violations: number;
  serious: number;
  /** Violations per checklist item code. */
  byItem: Record<string, number>;
}

/** From this share of violating reviews (or any serious one) the item is "chưa đạt". */
export const NOT_MET_SHARE = 0.2;

export function area4FindingFromReviews(
  stats: ReviewStats,
  startDate: string,
  endDate: string,
): { rating: Rating; note: string } {
  const period = `từ ${formatViDate(startDate)} đến ${formatViDate(endDate)}`;
  if (stats.reviews === 0)
    return { rating: "khong_ap_dung", note: `Không có lượt xem camera nào ${period}.` };
  const kinds = CONDUCT_ITEMS.filter((i) => !TECHNICAL_ITEMS.includes(i.code) && stats.byItem[i.code])
    .map((i) => `${i.vi.toLowerCase()}: ${stats.byItem[i.code]}`)
    .join("; ");
  const note = `Qua ${stats.reviews} lượt xem camera Bộ phận Một cửa ${period}: ${stats.violations} lượt vi phạm${kinds ? ` (${kinds})` : ""}${stats.serious ? `, trong đó ${stats.serious} lượt nghiêm trọng` : ""}.`;
  if (stats.violations === 0) return { rating: "dat", note };
  const rating =
    stats.serious > 0 || stats.violations / stats.reviews >= NOT_MET_SHARE ? "chua_dat" : "co_ton_tai";
  return { rating, note };
}

/**
 * At most this many violating reviews (newest first) are attached to the finding as evidence — their ids
 * in the note, their snapshots copied as the item's evidence files — so one open stays bounded however
 * many reviews the period holds; the note still counts them all.
 */
export const REMOTE_EVIDENCE_MAX = 20;

/** The sentence naming the reviews kept as evidence ("#12, #15"); empty when none violated. */
export function evidenceSentence(reviewIds: readonly number[], violations: number): string {
  if (reviewIds.length === 0) return "";
  const ids = reviewIds.map((id) => `#${id}`).join(", ");
  const more = violations > reviewIds.length ? ` (${reviewIds.length}/${violations} lượt mới nhất)` : "";
  return ` Minh chứng: lượt xem ${ids}${more}, kèm ảnh chụp.`;
}
