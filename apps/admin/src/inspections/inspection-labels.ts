import {
  getTemplate,
  INSPECTION_STATUS_LABELS,
  type InspectionForm,
  type InspectionStatus,
  type PlanTemplate,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationStatus,
} from "@par/domain";
import type { Lang } from "@par/ui";

type Labels<K extends string> = Record<K, Record<Lang, string>>;

/** Words for the lifecycle and follow-up states: the domain's, shared with the documents. */
export const STATUS_LABELS = INSPECTION_STATUS_LABELS;
export { RECOMMENDATION_STATUS_LABELS };

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
