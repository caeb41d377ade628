import { formatViDate, laterDate, rangesOverlap, yearOf } from "../calendar/iso-date";
import { type DomainWarning, err, joinBilingual, ok, type Result } from "../core/result";
import type { InspectionStatus } from "../inspections/inspection-status";
import { findLeadBody } from "../templates/template-lookup";
import type { InspectionForm, PlanTemplate } from "../templates/template-types";

export interface OverlapFacts {
  id?: number;
  targetUnitId: number;
  form: InspectionForm;
  status: InspectionStatus;
  leadBody: string;
  startDate: string;
  endDate: string;
}

/** One team instead of several (I.2, IV.1): the lead bodies that would visit the unit this year. */
export interface JointTeamProposal {
  targetUnitId: number;
  leadBodies: string[];
  inspectionIds: number[];
}

/** Remote checks and cancelled inspections do not put a team in the unit, so they never clash. */
function visitsUnit(i: OverlapFacts): boolean {
  return (i.form === "announced" || i.form === "surprise") && i.status !== "cancelled";
}

/**
 * A second visit by the same lead body in one year is allowed (a follow-up visit may be needed) but
 * warned: the plan (I.2) asks not to disturb units, and one body's two visits are usually one too many.
 */
function repeatBySameBody(
  template: PlanTemplate,
  candidate: OverlapFacts,
  others: readonly OverlapFacts[],
  year: number,
): DomainWarning | null {
  const earlier = others.filter((e) => e.leadBody === candidate.leadBody);
  if (earlier.length === 0) return null;
  const body = findLeadBody(template, candidate.leadBody) ?? {
    vi: candidate.leadBody,
    en: candidate.leadBody,
  };
  const days = earlier.map((e) => formatViDate(e.startDate)).join(", ");
  return {
    code: "INSPECTION.REPEAT_SAME_BODY_YEAR",
    message: joinBilingual({
      vi: `${body.vi} đã có cuộc kiểm tra đơn vị này trong năm ${year} (ngày ${days}); kiểm tra lần hai trong năm cần cân nhắc`,
      en: `${body.en} already inspects this unit in ${year} (on ${days}); a second visit in one year needs a reason`,
    }),
  };
}

/**
 * R7. Two visits to one unit on overlapping days are refused; a second lead body visiting the same unit
 * in the same year is allowed with a warning that proposes one joint team; the same lead body twice in
 * one year is allowed with its own warning (INSPECTION.REPEAT_SAME_BODY_YEAR).
 */
export function checkOverlap(
  template: PlanTemplate,
  candidate: OverlapFacts,
  existing: readonly OverlapFacts[],
): Result<{ warnings: DomainWarning[]; jointTeam: JointTeamProposal | null }> {
  if (!visitsUnit(candidate)) return ok({ warnings: [], jointTeam: null });
  const year = yearOf(candidate.startDate);
  const others = existing.filter(
    (e) =>
      visitsUnit(e) &&
      e.targetUnitId === candidate.targetUnitId &&
      (candidate.id === undefined || e.id !== candidate.id) &&
      yearOf(e.startDate) === year,
  );
  const sameDays = others.find((e) =>
    rangesOverlap(e.startDate, e.endDate, candidate.startDate, candidate.endDate),
  );
  if (sameDays) {
    const day = formatViDate(laterDate(sameDays.startDate, candidate.startDate));
    return err("INSPECTION.OVERLAP_SAME_DAYS", {
      vi: `Đơn vị đã có một cuộc kiểm tra trùng ngày (từ ${day}); không thể kiểm tra hai lần cùng lúc`,
      en: `The unit already has an inspection on overlapping days (from ${day}); two at once are not allowed`,
    });
  }
  const warnings: DomainWarning[] = [];
  const repeat = repeatBySameBody(template, candidate, others, year);
  if (repeat) warnings.push(repeat);
  const otherBodies = [...new Set(others.map((e) => e.leadBody))].filter((b) => b !== candidate.leadBody);
  if (otherBodies.length === 0) return ok({ warnings, jointTeam: null });
  const names = otherBodies.map((code) => findLeadBody(template, code) ?? { vi: code, en: code });
  const warning: DomainWarning = {
    code: "INSPECTION.OVERLAP_SAME_YEAR",
    message: joinBilingual({
      vi: `Đơn vị đã được ${names.map((n) => n.vi).join(", ")} kiểm tra trong năm ${year}; đề nghị thành lập một đoàn kiểm tra liên ngành`,
      en: `The unit is already inspected by ${names.map((n) => n.en).join(", ")} in ${year}; consider one joint team`,
    }),
  };
  warnings.push(warning);
  return ok({
    warnings,
    jointTeam: {
      targetUnitId: candidate.targetUnitId,
      leadBodies: [candidate.leadBody, ...otherBodies],
      inspectionIds: others
        .filter((e) => e.leadBody !== candidate.leadBody && e.id !== undefined)
        .map((e) => e.id!),
    },
  });
}
