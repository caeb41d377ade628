import { findLeadBody, type LeadBody, mayActOn, type PlanTemplate, type Viewer } from "@par/domain";
import { fail } from "../errors";

/** The lead body (cơ quan chủ trì) an actor's own inspections get when none is named (R8). */
function defaultLeadBody(viewer: Viewer, template: PlanTemplate): LeadBody | undefined {
  const byKind = (kind: LeadBody["kind"]) => template.leadBodies.find((b) => b.kind === kind);
  const roles = viewer.assignments.map((a) => a.role);
  if (roles.includes("province_admin")) return byKind("home_affairs");
  if (roles.includes("province_office")) return byKind("office");
  const sector = viewer.assignments.find((a) => a.role === "sector_inspector" && a.leadBody);
  return sector?.leadBody ? findLeadBody(template, sector.leadBody) : undefined;
}

/** Whether the actor leads only as a sector department (and so works only in its own field). */
function sectorOnly(viewer: Viewer): boolean {
  return !viewer.assignments.some((a) => a.role === "province_admin" || a.role === "province_office");
}

/**
 * The lead body and fields of a new inspection: province_admin defaults to Sở Nội vụ, province_office
 * to Văn phòng UBND tỉnh, a sector inspector to its own department, which is also the only body it may
 * name, and only in its own field (R8).
 */
export function resolveLeadBody(
  viewer: Viewer,
  template: PlanTemplate,
  requested: string | undefined,
  fields: readonly string[],
): { leadBody: string; fields: string[] } {
  const fallback = defaultLeadBody(viewer, template);
  const code = requested ?? fallback?.code;
  if (!code) {
    fail(
      "INSPECTION.LEAD_BODY_FORBIDDEN",
      "Tài khoản của bạn không gắn với cơ quan chủ trì nào trong kế hoạch / Your account is bound to no lead body of the plan",
      "leadBody",
    );
  }
  if (!mayActOn(viewer, code)) {
    const own = fallback ? `${fallback.vi}` : "?";
    const ownEn = fallback ? `${fallback.en}` : "?";
    const asked = findLeadBody(template, code);
    fail(
      "INSPECTION.LEAD_BODY_FORBIDDEN",
      `Cơ quan chủ trì: bạn chỉ được tạo cuộc kiểm tra do ${own} chủ trì, không phải ${asked?.vi ?? code} / Lead body: you may only create inspections led by ${ownEn}, not ${asked?.en ?? code}`,
      "leadBody",
    );
  }
  const body = findLeadBody(template, code);
  if (!body || !sectorOnly(viewer) || body.field === null) return { leadBody: code, fields: [...fields] };
  const outside = fields.find((f) => f !== body.field);
  if (outside !== undefined) {
    fail(
      "INSPECTION.OUTSIDE_FIELD",
      `Lĩnh vực: ${body.vi} chỉ kiểm tra trong lĩnh vực của mình, không phải "${outside}" / Fields: ${body.en} inspects only its own field, not "${outside}"`,
      "fields",
    );
  }
  return { leadBody: code, fields: [body.field] };
}
