import { z } from "zod";
import { INSPECTION_FORMS } from "../templates/template-types";
import { codeField, dateField, idField, textField } from "./fields";

export const InspectionFormSchema = z.enum(INSPECTION_FORMS, {
  error: "Hình thức kiểm tra không hợp lệ / Inspection form is invalid",
});

const distinct = (xs: readonly string[]) => new Set(xs).size === xs.length;

export const CreateInspectionInput = z
  .object({
    planId: idField("planId", "Kế hoạch", "Plan"),
    targetUnitId: idField("targetUnitId", "Đơn vị được kiểm tra", "Inspected unit"),
    form: InspectionFormSchema,
    areas: z
      .array(codeField("areas", "Nội dung kiểm tra", "Content areas"), {
        error: "Nội dung kiểm tra là bắt buộc / Content areas are required",
      })
      .min(1, "Nội dung kiểm tra: chọn ít nhất một nội dung / Content areas: choose at least one")
      .max(20, "Nội dung kiểm tra: tối đa 20 / Content areas: at most 20")
      .refine(distinct, "Nội dung kiểm tra: trùng lặp / Content areas: duplicates"),
    fields: z
      .array(codeField("fields", "Lĩnh vực", "Fields"))
      .max(20, "Lĩnh vực: tối đa 20 / Fields: at most 20")
      .refine(distinct, "Lĩnh vực: trùng lặp / Fields: duplicates")
      .default([]),
    leadBody: codeField("leadBody", "Cơ quan chủ trì", "Lead body"),
    startDate: dateField("startDate", "Ngày bắt đầu", "Start date"),
    endDate: dateField("endDate", "Ngày kết thúc", "End date"),
    noticeDate: dateField("noticeDate", "Ngày thông báo", "Notice date").nullish(),
  })
  .refine((i) => i.endDate >= i.startDate, {
    path: ["endDate"],
    message: "Ngày kết thúc không được trước ngày bắt đầu / End date must not be before the start date",
  })
  .refine((i) => i.form !== "surprise" || !i.noticeDate, {
    path: ["noticeDate"],
    message:
      "Ngày thông báo: kiểm tra đột xuất không được báo trước / Notice date: a surprise inspection is not announced",
  });
export type CreateInspectionInput = z.infer<typeof CreateInspectionInput>;

export const ScheduleInput = z
  .object({
    inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection"),
    startDate: dateField("startDate", "Ngày bắt đầu", "Start date"),
    endDate: dateField("endDate", "Ngày kết thúc", "End date"),
    noticeDate: dateField("noticeDate", "Ngày thông báo", "Notice date").nullish(),
  })
  .refine((i) => i.endDate >= i.startDate, {
    path: ["endDate"],
    message: "Ngày kết thúc không được trước ngày bắt đầu / End date must not be before the start date",
  });
export type ScheduleInput = z.infer<typeof ScheduleInput>;

export const TEAM_ROLES = ["leader", "member"] as const;
export const TEAM_ROLE_LABELS = {
  leader: { vi: "Trưởng đoàn", en: "Team leader" },
  member: { vi: "Thành viên", en: "Member" },
} as const;

export const TeamMemberInput = z.object({
  inspectionId: idField("inspectionId", "Cuộc kiểm tra", "Inspection"),
  name: textField("name", "Họ tên", "Name", 2, 120),
  /** The body the member comes from (cơ quan, đơn vị công tác), as written on the decision. */
  body: textField("body", "Cơ quan, đơn vị", "Body or unit", 2, 200),
  unitId: idField("unitId", "Đơn vị", "Unit").nullish(),
  userId: idField("userId", "Người dùng", "User").nullish(),
  role: z.enum(TEAM_ROLES, {
    error: "Vai trò trong đoàn phải là Trưởng đoàn hoặc Thành viên / Team role must be Team leader or Member",
  }),
});
export type TeamMemberInput = z.infer<typeof TeamMemberInput>;
