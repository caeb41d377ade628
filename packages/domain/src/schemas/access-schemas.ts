import { z } from "zod";
import { UnitId } from "../units/unit-schemas";
import { dateField, idField } from "./fields";
import { PageInput } from "./page-schemas";

/** Inputs of the sign-in, unit-reading and audit procedures (the API validates with these; forms may too). */

export const LoginInput = z.object({
  username: z
    .string({ error: "Tên đăng nhập là bắt buộc / Username is required" })
    .trim()
    .min(1, "Tên đăng nhập là bắt buộc / Username is required")
    .max(100, "Tên đăng nhập: tối đa 100 ký tự / Username: at most 100 characters"),
  password: z
    .string({ error: "Mật khẩu là bắt buộc / Password is required" })
    .min(1, "Mật khẩu là bắt buộc / Password is required")
    .max(200, "Mật khẩu: tối đa 200 ký tự / Password: at most 200 characters"),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const GetUnitInput = z.object({ id: UnitId });
export type GetUnitInput = z.infer<typeof GetUnitInput>;

export const TierCountsInput = z.object({
  at: dateField("at", "Ngày", "Date").optional(),
});
export type TierCountsInput = z.infer<typeof TierCountsInput>;

export const ListAuditInput = PageInput.extend({
  userId: idField("userId", "Người dùng", "User").optional(),
  unitId: idField("unitId", "Đơn vị", "Unit").optional(),
  from: dateField("from", "Từ ngày", "From").optional(),
  to: dateField("to", "Đến ngày", "To").optional(),
}).refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
  path: ["to"],
  message: "Đến ngày không được trước Từ ngày / To must not be before From",
});
export type ListAuditInput = z.infer<typeof ListAuditInput>;
