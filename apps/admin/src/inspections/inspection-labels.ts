import {
  getTemplate,
  type InspectionForm,
  type InspectionStatus,
  type PlanTemplate,
  type RecommendationStatus,
} from "@par/domain";
import type { Lang } from "@par/ui";

type Labels<K extends string> = Record<K, Record<Lang, string>>;

/** Screen words for the lifecycle states (the domain names them, the documents have their own copy). */
export const STATUS_LABELS = {
  draft: { vi: "Dự thảo", en: "Draft" },
  scheduled: { vi: "Đã lên lịch", en: "Scheduled" },
  notified: { vi: "Đã thông báo", en: "Notified" },
  in_progress: { vi: "Đang kiểm tra", en: "In progress" },
  findings_recorded: { vi: "Đã ghi nhận kết quả", en: "Findings recorded" },
  concluded: { vi: "Đã kết luận", en: "Concluded" },
  closed: { vi: "Đã đóng", en: "Closed" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
} as const satisfies Labels<InspectionStatus>;

export const STATUS_COLORS = {
  draft: "gray",
  scheduled: "blue",
  notified: "cyan",
  in_progress: "orange",
  findings_recorded: "yellow",
  concluded: "teal",
  closed: "green",
  cancelled: "red",
} as const satisfies Record<InspectionStatus, string>;

/** The button that moves an inspection to a status (the API's `nextSteps` decides which are shown). */
export const STEP_ACTIONS = {
  scheduled: { vi: "Lên lịch", en: "Schedule" },
  notified: { vi: "Gửi thông báo", en: "Notify the unit" },
  in_progress: { vi: "Bắt đầu kiểm tra", en: "Start" },
  closed: { vi: "Đóng cuộc kiểm tra", en: "Close" },
  cancelled: { vi: "Hủy cuộc kiểm tra", en: "Cancel inspection" },
} as const satisfies Partial<Labels<InspectionStatus>>;

/** Test ids of the step buttons (`action-start`, …). */
export const STEP_TEST_IDS = {
  scheduled: "action-schedule",
  notified: "action-notify",
  in_progress: "action-start",
  closed: "action-close",
  cancelled: "action-cancel",
} as const satisfies Partial<Record<InspectionStatus, string>>;

export const RECOMMENDATION_STATUS_LABELS = {
  open: { vi: "Chưa báo cáo", en: "Open" },
  responded: { vi: "Đã báo cáo", en: "Responded" },
  resolved: { vi: "Đã khắc phục", en: "Resolved" },
  not_resolved: { vi: "Chưa đạt yêu cầu", en: "Not resolved" },
} as const satisfies Labels<RecommendationStatus>;

export const RECOMMENDATION_STATUS_COLORS = {
  open: "gray",
  responded: "blue",
  resolved: "green",
  not_resolved: "red",
} as const satisfies Record<RecommendationStatus, string>;

export function statusLabel(status: string, lang: Lang): string {
  return (STATUS_LABELS as Labels<string>)[status]?.[lang] ?? status;
}

/** The plan template an inspection belongs to; null only for an unknown id (a server bug). */
export function templateOrNull(templateId: string): PlanTemplate | null {
  const t = getTemplate(templateId);
  return t.ok ? t.value : null;
}

type Named = { vi: string; en: string };

function named(hit: Named | undefined, fallback: string, lang: Lang): string {
  return hit ? hit[lang] : fallback;
}

export function formLabel(template: PlanTemplate | null, form: InspectionForm | string, lang: Lang): string {
  return named(
    template?.forms.find((f) => f.form === form),
    form,
    lang,
  );
}

export function areaLabel(template: PlanTemplate | null, code: string, lang: Lang): string {
  return named(
    template?.areas.find((a) => a.code === code),
    code,
    lang,
  );
}

export function fieldLabel(template: PlanTemplate | null, code: string, lang: Lang): string {
  return named(
    template?.fields.find((f) => f.code === code),
    code,
    lang,
  );
}

export function leadBodyLabel(template: PlanTemplate | null, code: string, lang: Lang): string {
  return named(
    template?.leadBodies.find((b) => b.code === code),
    code,
    lang,
  );
}
