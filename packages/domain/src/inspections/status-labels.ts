import type { Bilingual } from "../core/result";
import { VERDICT_LABELS } from "../schemas/conclusion-schemas";
import type { InspectionStatus } from "./inspection-status";
import type { RecommendationStatus } from "./recommendation-status";

/** The words for an inspection's state, on the screens and in the documents alike. */
export const INSPECTION_STATUS_LABELS = {
  draft: { vi: "Dự thảo", en: "Draft" },
  scheduled: { vi: "Đã lên lịch", en: "Scheduled" },
  notified: { vi: "Đã thông báo", en: "Notified" },
  in_progress: { vi: "Đang kiểm tra", en: "In progress" },
  findings_recorded: { vi: "Đã ghi nhận kết quả", en: "Findings recorded" },
  concluded: { vi: "Đã kết luận", en: "Concluded" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
} as const satisfies Record<InspectionStatus, Bilingual>;

/** The follow-up state of a recommendation (kiến nghị); a verified one reads as its verdict. */
export const RECOMMENDATION_STATUS_LABELS = {
  open: { vi: "Chưa báo cáo", en: "Open" },
  responded: { vi: "Đã báo cáo", en: "Responded" },
  resolved: VERDICT_LABELS.resolved,
  not_resolved: VERDICT_LABELS.not_resolved,
} as const satisfies Record<RecommendationStatus, Bilingual>;
