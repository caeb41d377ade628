import { fail } from "../errors";

/** A reset password must be changed before anything else (issue 9 §7): every route but the change refuses. */
export function failPasswordChangeRequired(): never {
  fail(
    "AUTH.PASSWORD_CHANGE_REQUIRED",
    "Cần đổi mật khẩu trước khi tiếp tục / You must change your password before going on",
    "newPassword",
  );
}
