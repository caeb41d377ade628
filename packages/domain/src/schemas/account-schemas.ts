import { z } from "zod";
import { ROLES } from "../access/roles";
import { PASSWORD_MAX, PASSWORD_MIN } from "../accounts/password-policy";
import { idField, textField } from "./fields";
import { UnitImportInput } from "./file-schemas";
import { PageInput } from "./page-schemas";

/** Inputs of the account procedures (issue 9 §7) and the province switcher (issue 8 §3). */

const username = z
  .string({ error: "Tên đăng nhập là bắt buộc / Username is required" })
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9._-]{3,100}$/,
    "Tên đăng nhập: 3–100 ký tự a-z, 0-9, dấu . _ - / Username: 3–100 characters of a-z, 0-9, . _ -",
  );

const newPassword = (vi: string, en: string) =>
  z
    .string({ error: `${vi} là bắt buộc / ${en} is required` })
    .min(PASSWORD_MIN, `${vi}: ít nhất ${PASSWORD_MIN} ký tự / ${en}: at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `${vi}: tối đa ${PASSWORD_MAX} ký tự / ${en}: at most ${PASSWORD_MAX} characters`);

/** Optional: where the account's notifications are also e-mailed when the server has SMTP (off by default). */
export const AccountEmail = z
  .string({ error: "Thư điện tử: phải là văn bản / E-mail: must be text" })
  .trim()
  .toLowerCase()
  .max(254, "Thư điện tử: tối đa 254 ký tự / E-mail: at most 254 characters")
  .pipe(
    z.union([
      z.literal(""),
      z.email(
        "Thư điện tử không hợp lệ, ví dụ ten@donvi.gov.vn / E-mail address is invalid, e.g. name@agency.gov.vn",
      ),
    ]),
  )
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);

const AccountRole = z.enum(ROLES, { error: "Vai trò không hợp lệ / Role is not valid" });
const UserId = idField("userId", "Tài khoản", "Account");

export const ChooseProvinceInput = z.object({ provinceId: idField("provinceId", "Tỉnh", "Province") });
export type ChooseProvinceInput = z.infer<typeof ChooseProvinceInput>;

export const ChangePasswordInput = z.object({
  currentPassword: z
    .string({ error: "Mật khẩu hiện tại là bắt buộc / Current password is required" })
    .min(1, "Mật khẩu hiện tại là bắt buộc / Current password is required")
    .max(
      PASSWORD_MAX,
      `Mật khẩu hiện tại: tối đa ${PASSWORD_MAX} ký tự / Current password: at most ${PASSWORD_MAX} characters`,
    ),
  newPassword: newPassword("Mật khẩu mới", "New password"),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const CreateAccountInput = z.object({
  username,
  displayName: textField("displayName", "Họ tên", "Full name", 1, 200),
  role: AccountRole,
  unitId: idField("unitId", "Đơn vị", "Unit").nullable().default(null),
  password: newPassword("Mật khẩu tạm", "Temporary password"),
  email: AccountEmail,
});
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

export const ResetPasswordInput = z.object({
  userId: UserId,
  password: newPassword("Mật khẩu tạm", "Temporary password"),
});
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const SetAccountActiveInput = z.object({
  userId: UserId,
  active: z.boolean({ error: "Trạng thái: phải là có hoặc không / Status: must be yes or no" }),
});
export type SetAccountActiveInput = z.infer<typeof SetAccountActiveInput>;

export const ListAccountsInput = PageInput.extend({
  query: z
    .string({ error: "Tìm kiếm: phải là văn bản / Search: must be text" })
    .trim()
    .max(100, "Tìm kiếm: tối đa 100 ký tự / Search: at most 100 characters")
    .optional(),
});
export type ListAccountsInput = z.infer<typeof ListAccountsInput>;

/** An accounts sheet (.xlsx or .csv) as the unit import sends its file, with the preview's token. */
export const AccountImportInput = UnitImportInput.pick({ fileName: true, contentBase64: true, token: true });
export type AccountImportInput = z.infer<typeof AccountImportInput>;
