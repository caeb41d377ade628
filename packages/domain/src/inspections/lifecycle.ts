import type { Role } from "../access/roles";
import type { Viewer } from "../access/viewer";
import { type Bilingual, err, ok, type Result } from "../core/result";
import { INSPECTION_FORMS, type InspectionForm } from "../templates/template-types";
import type { InspectionRef } from "./inspection-ref";
import type { InspectionStatus } from "./inspection-status";
import { INSPECTION_STATUS_LABELS } from "./status-labels";

/** Forms as a refusal names them (the template's own labels are longer). */
const FORM_WORDS = {
  announced: { vi: "theo kế hoạch", en: "an announced" },
  surprise: { vi: "đột xuất", en: "a surprise" },
  remote_dossier: { vi: "qua hệ thống hồ sơ", en: "a dossier-system remote" },
  remote_camera: { vi: "qua camera", en: "a camera remote" },
} as const satisfies Record<InspectionForm, Bilingual>;

export interface Transition {
  from: InspectionStatus;
  to: InspectionStatus;
  forms: readonly InspectionForm[];
}

const UNANNOUNCED = [
  "surprise",
  "remote_dossier",
  "remote_camera",
] as const satisfies readonly InspectionForm[];

/** The lifecycle as data. Only announced inspections are notified; the others go straight to the field. */
export const TRANSITIONS = [
  { from: "draft", to: "scheduled", forms: INSPECTION_FORMS },
  { from: "scheduled", to: "notified", forms: ["announced"] },
  { from: "notified", to: "in_progress", forms: ["announced"] },
  { from: "scheduled", to: "in_progress", forms: UNANNOUNCED },
  { from: "in_progress", to: "findings_recorded", forms: INSPECTION_FORMS },
  { from: "findings_recorded", to: "concluded", forms: INSPECTION_FORMS },
  { from: "concluded", to: "closed", forms: INSPECTION_FORMS },
  { from: "draft", to: "cancelled", forms: INSPECTION_FORMS },
  { from: "scheduled", to: "cancelled", forms: INSPECTION_FORMS },
  { from: "notified", to: "cancelled", forms: ["announced"] },
] as const satisfies readonly Transition[];

/**
 * Who may move an inspection along (R8): the two provincial leads on every inspection, a sector
 * inspector only on the inspections its own department leads, nobody else.
 */
export const TRANSITION_ACTORS = {
  province_admin: "any",
  province_office: "any",
  sector_inspector: "own_lead_body",
} as const satisfies Partial<Record<Role, "any" | "own_lead_body">>;

export function findTransition(
  from: InspectionStatus,
  to: InspectionStatus,
  form: InspectionForm,
): Transition | undefined {
  return TRANSITIONS.find(
    (t: Transition) =>
      t.from === from && t.to === to && (t.forms as readonly InspectionForm[]).includes(form),
  );
}

export function mayActOn(actor: Viewer, leadBody: string): boolean {
  return actor.assignments.some((a) => {
    const right = (TRANSITION_ACTORS as Partial<Record<Role, string>>)[a.role];
    return right === "any" || (right === "own_lead_body" && a.leadBody === leadBody);
  });
}

export type TransitionFacts = Pick<InspectionRef, "form" | "status" | "leadBody" | "noticeDate">;

export function transition(
  inspection: TransitionFacts,
  to: InspectionStatus,
  actor: Viewer,
): Result<{ from: InspectionStatus; to: InspectionStatus }> {
  if (!mayActOn(actor, inspection.leadBody)) {
    return err("INSPECTION.TRANSITION_FORBIDDEN", {
      vi: "Bạn không có quyền chuyển trạng thái cuộc kiểm tra này",
      en: "You may not change the status of this inspection",
    });
  }
  if (!findTransition(inspection.status, to, inspection.form)) {
    return err("INSPECTION.TRANSITION_INVALID", {
      vi: `Không thể chuyển từ "${INSPECTION_STATUS_LABELS[inspection.status].vi}" sang "${INSPECTION_STATUS_LABELS[to].vi}" với cuộc kiểm tra ${FORM_WORDS[inspection.form].vi}`,
      en: `Cannot go from "${INSPECTION_STATUS_LABELS[inspection.status].en}" to "${INSPECTION_STATUS_LABELS[to].en}" for ${FORM_WORDS[inspection.form].en} inspection`,
    });
  }
  if (to === "notified" && !inspection.noticeDate) {
    return err("INSPECTION.NOTICE_MISSING", {
      vi: "Ngày thông báo là bắt buộc trước khi thông báo cho đơn vị",
      en: "The notice date is required before notifying the unit",
    });
  }
  return ok({ from: inspection.status, to });
}
