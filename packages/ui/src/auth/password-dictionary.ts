import type { AppDictionary } from "../i18n/i18n";

/** Strings of the password forms (loaded with them, not with the first screen). */
export const PASSWORD_DICTIONARY: AppDictionary = {
  vi: {
    password: {
      menu: "Tài khoản của tôi",
      change: "Đổi mật khẩu",
      changed: "Đã đổi mật khẩu",
      currentPassword: "Mật khẩu hiện tại",
      newPassword: "Mật khẩu mới",
      repeat: "Nhập lại mật khẩu mới",
      rule: "Ít nhất {{min}} ký tự, có cả chữ và số, không chứa tên đăng nhập",
      mismatch: "Nhập lại mật khẩu mới: chưa khớp với mật khẩu mới",
      submit: "Đổi mật khẩu",
      forcedTitle: "Đặt mật khẩu mới",
      forcedBody:
        "Chào {{name}}. Mật khẩu hiện tại do Sở Nội vụ cấp; hãy đặt mật khẩu của riêng bạn trước khi tiếp tục.",
    },
  },
  en: {
    password: {
      menu: "My account",
      change: "Change password",
      changed: "Password changed",
      currentPassword: "Current password",
      newPassword: "New password",
      repeat: "Repeat the new password",
      rule: "At least {{min}} characters, letters and digits, not containing the username",
      mismatch: "Repeat the new password: does not match the new password",
      submit: "Change password",
      forcedTitle: "Set a new password",
      forcedBody:
        "Hello {{name}}. Your current password was set by the Department of Home Affairs; choose your own before going on.",
    },
  },
};
