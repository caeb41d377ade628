import type { AppDictionary } from "@par/ui";

/** The strings every import screen shares (top-level key importFlow); each screen brings its own titles. */
const vi = {
  preview: "Xem trước",
  fileRequired: "Chọn tệp cần nhập",
  fileTooLarge: "Tệp quá lớn (tối đa {{size}} MB)",
  problems: "Lỗi trong tệp ({{count}})",
  blocked: "Còn lỗi: sửa tệp rồi xem trước lại. Không ghi gì khi còn lỗi.",
  stale: "Đã đổi tệp hoặc tùy chọn: hãy xem trước lại.",
};

const en: typeof vi = {
  preview: "Preview",
  fileRequired: "Choose the file to import",
  fileTooLarge: "The file is too large (max {{size}} MB)",
  problems: "Errors in the file ({{count}})",
  blocked: "There are errors: fix the file and preview again. Nothing is written while errors remain.",
  stale: "The file or the options changed: preview again.",
};

export const importFlowDictionary: AppDictionary = { vi: { importFlow: vi }, en: { importFlow: en } };
