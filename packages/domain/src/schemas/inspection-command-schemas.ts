import { z } from "zod";
import { INSPECTION_STATUSES } from "../inspections/inspection-status";
import { RECOMMENDATION_STATUSES } from "../inspections/recommendation-status";
import { TIERS } from "../units/unit-kinds";
import { codeField, dateField, idField, textField, yearField } from "./fields";
import { CreateInspectionInput, InspectionFormSchema, TeamMemberInput } from "./inspection-schemas";
import { PageInput } from "./page-schemas";

/** Inputs of the inspection, team, recommendation and internal-inspection procedures. */

const endNotBeforeStart = {
  path: ["endDate"],
  message: "Ngày kết thúc không được trước ngày bắt đầu / End date must not be before the start date",
};

/** CreateInspectionInput with the lead body optional: the API derives it from the caller's role (R8). */
export const NewInspectionInput = z
  .object({
    ...CreateInspectionInput.shape,
    leadBody: CreateInspectionInput.shape.leadBody.optional(),
  })
  .refine((i) => i.endDate >= i.startDate, endNotBeforeStart)
  .refine((i) => i.form !== "surprise" || !i.noticeDate, {
    path: ["noticeDate"],
    message:
      "Ngày thông báo: kiểm tra đột xuất không được báo trước / Notice date: a surprise inspection is not announced",
  });
export type NewInspectionInput = z.infer<typeof NewInspectionInput>;

/** A dry run of the scheduling rules for a screen: an existing inspection moved, or a new one. */
export const CheckScheduleInput = z
  .object({
    inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection").optional(),
    planId: idField("planId", "Kế hoạch", "Plan").optional(),
    targetUnitId: idField("targetUnitId", "Đơn vị được kiểm tra", "Inspected unit").optional(),
    form: InspectionFormSchema.optional(),
    leadBody: codeField("leadBody", "Cơ quan chủ trì", "Lead body").optional(),
    startDate: dateField("startDate", "Ngày bắt đầu", "Start date"),
    endDate: dateField("endDate", "Ngày kết thúc", "End date"),
    noticeDate: dateField("noticeDate", "Ngày thông báo", "Notice date").nullish(),
  })
  .refine((i) => i.endDate >= i.startDate, endNotBeforeStart)
  .refine((i) => i.inspectionId !== undefined || i.planId !== undefined, {
    path: ["planId"],
    message: "Kế hoạch là bắt buộc khi chưa có cuộc kiểm tra / Plan is required for a new inspection",
  })
  .refine((i) => i.inspectionId !== undefined || i.targetUnitId !== undefined, {
    path: ["targetUnitId"],
    message:
      "Đơn vị được kiểm tra là bắt buộc khi chưa có cuộc kiểm tra / Inspected unit is required for a new inspection",
  })
  .refine((i) => i.inspectionId !== undefined || i.form !== undefined, {
    path: ["form"],
    message:
      "Hình thức kiểm tra là bắt buộc khi chưa có cuộc kiểm tra / Inspection form is required for a new inspection",
  });
export type CheckScheduleInput = z.infer<typeof CheckScheduleInput>;

export const InspectionIdInput = z.object({ id: idField("id", "Cuộc kiểm tra", "Inspection") });
export type InspectionIdInput = z.infer<typeof InspectionIdInput>;

export const NotifyInput = z.object({
  id: idField("id", "Cuộc kiểm tra", "Inspection"),
  noticeDate: dateField("noticeDate", "Ngày thông báo", "Notice date").optional(),
});
export type NotifyInput = z.infer<typeof NotifyInput>;

export const CancelInspectionInput = z.object({
  id: idField("id", "Cuộc kiểm tra", "Inspection"),
  reason: textField("reason", "Lý do hủy", "Reason", 3, 2000),
});
export type CancelInspectionInput = z.infer<typeof CancelInspectionInput>;

export const ListInspectionsInput = z.object({
  year: yearField("year", "Năm", "Year").optional(),
  unitId: idField("unitId", "Đơn vị", "Unit").optional(),
  status: z
    .enum(INSPECTION_STATUSES, {
      error: "Trạng thái không hợp lệ / Status is invalid",
    })
    .optional(),
  form: InspectionFormSchema.optional(),
  tier: z.enum(TIERS, { error: "Cấp đơn vị không hợp lệ / Tier is invalid" }).optional(),
  leadBody: codeField("leadBody", "Cơ quan chủ trì", "Lead body").optional(),
  query: textField("query", "Tìm kiếm", "Search", 0, 100).optional(),
  // Keyset pages in start order (the shared page contract).
  ...PageInput.shape,
});
export type ListInspectionsInput = z.infer<typeof ListInspectionsInput>;

const monthMsg = "Tháng: số nguyên từ 1 đến 12 / Month: an integer from 1 to 12";
export const CalendarInput = z.object({
  year: yearField("year", "Năm", "Year"),
  month: z.number({ error: monthMsg }).int(monthMsg).min(1, monthMsg).max(12, monthMsg).optional(),
  // The year view is paged (a month is bounded and always complete: cursor and limit do not apply).
  ...PageInput.shape,
});
export type CalendarInput = z.infer<typeof CalendarInput>;

const TeamMember = TeamMemberInput.omit({ inspectionId: true });

/** The whole team at once (đoàn kiểm tra): members from several bodies, exactly one leader. */
export const SetTeamInput = z.object({
  inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection"),
  members: z
    .array(TeamMember, { error: "Thành viên đoàn là bắt buộc / Members are required" })
    .min(1, "Thành viên đoàn: ít nhất một người / Members: at least one")
    .max(30, "Thành viên đoàn: tối đa 30 / Members: at most 30")
    .refine(
      (ms) => ms.filter((m) => m.role === "leader").length === 1,
      "Thành viên đoàn: phải có đúng một trưởng đoàn / Members: exactly one team leader",
    )
    .refine(
      (ms) => new Set(ms.map((m) => `${m.name.toLowerCase()}|${m.body.toLowerCase()}`)).size === ms.length,
      "Thành viên đoàn: trùng người / Members: a person is listed twice",
    ),
});
export type SetTeamInput = z.infer<typeof SetTeamInput>;

/** The orders recommendations.list pages in: by deadline, soonest or latest first (ties by id). */
export const RECOMMENDATION_SORTS = ["deadline", "-deadline"] as const;
export type RecommendationSort = (typeof RECOMMENDATION_SORTS)[number];

export const ListRecommendationsInput = PageInput.extend({
  unitId: idField("unitId", "Đơn vị", "Unit").optional(),
  status: z
    .enum(RECOMMENDATION_STATUSES, {
      error: "Trạng thái kiến nghị không hợp lệ / Recommendation status is invalid",
    })
    .optional(),
  year: yearField("year", "Năm kết luận", "Conclusion year").optional(),
  overdue: z.boolean({ error: "Quá hạn: phải là có/không / Overdue: must be yes or no" }).optional(),
  sort: z
    .enum(RECOMMENDATION_SORTS, { error: "Thứ tự sắp xếp không hợp lệ / Sort order is invalid" })
    .default("deadline"),
  /** The filtered count on the first page: only for a screen that shows it (a national count costs a scan). */
  withTotal: z
    .boolean({ error: "Đếm tổng số: phải là có/không / With total: must be yes or no" })
    .default(false),
});
export type ListRecommendationsInput = z.infer<typeof ListRecommendationsInput>;

export const InternalCoverageInput = z.object({
  unitId: idField("unitId", "Đơn vị", "Unit"),
  year: yearField("year", "Năm", "Year"),
});
export type InternalCoverageInput = z.infer<typeof InternalCoverageInput>;

export const InternalListInput = PageInput.extend({
  unitId: idField("unitId", "Đơn vị", "Unit").optional(),
  year: yearField("year", "Năm", "Year").optional(),
});
export type InternalListInput = z.infer<typeof InternalListInput>;

export const InternalOverviewInput = z.object({ year: yearField("year", "Năm", "Year") });
export type InternalOverviewInput = z.infer<typeof InternalOverviewInput>;

/** An internal inspection (kiểm tra nội bộ) of a direct subordinate, planned by its parent (IV.4). */
export const InternalCreateInput = z
  .object({
    targetUnitId: idField("targetUnitId", "Đơn vị được kiểm tra", "Inspected unit"),
    startDate: dateField("startDate", "Ngày bắt đầu", "Start date"),
    endDate: dateField("endDate", "Ngày kết thúc", "End date"),
    areas: z
      .array(codeField("areas", "Nội dung kiểm tra", "Content areas"))
      .max(20, "Nội dung kiểm tra: tối đa 20 / Content areas: at most 20")
      .default([]),
    note: textField("note", "Ghi chú", "Note", 0, 2000).default(""),
  })
  .refine((i) => i.endDate >= i.startDate, endNotBeforeStart);
export type InternalCreateInput = z.infer<typeof InternalCreateInput>;

export const InternalRecordInput = z.object({
  id: idField("id", "Cuộc kiểm tra nội bộ", "Internal inspection"),
  conductedOn: dateField("conductedOn", "Ngày kiểm tra", "Inspection date"),
  summary: textField("summary", "Kết quả kiểm tra", "Result", 5, 4000),
});
export type InternalRecordInput = z.infer<typeof InternalRecordInput>;
