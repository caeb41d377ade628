import type { Bilingual } from "../core/result";

/** The shortest password an account may get (the first admin's CLI asks the same). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/**
 * Why a new password is refused, or null: at least PASSWORD_MIN characters with a letter and a digit,
 * not the username, and not the password it replaces. The messages name the field in words.
 */
export function passwordProblem(
  password: string,
  opts: { username: string; previous?: string | undefined },
): Bilingual | null {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX)
    return {
      vi: `Mật khẩu mới: từ ${PASSWORD_MIN} đến ${PASSWORD_MAX} ký tự`,
      en: `New password: ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`,
    };
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password))
    return { vi: "Mật khẩu mới: cần có cả chữ và số", en: "New password: needs both letters and digits" };
  if (password.toLowerCase().includes(opts.username.toLowerCase()))
    return {
      vi: "Mật khẩu mới: không được chứa tên đăng nhập",
      en: "New password: must not contain the username",
    };
  if (opts.previous !== undefined && password === opts.previous)
    return {
      vi: "Mật khẩu mới: phải khác mật khẩu hiện tại",
      en: "New password: must differ from the current one",
    };
  return null;
}
