import { z } from "zod";

/**
 * Bilingual fallback for zod issues a schema did not word itself (schemas' own messages win).
 * Installed once by trpc.ts, so no client ever sees zod's English-only defaults.
 */
export function installBilingualZodMessages(): void {
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case "invalid_type":
          return issue.input === undefined
            ? "Thiếu giá trị bắt buộc / Required value is missing"
            : `Kiểu dữ liệu không hợp lệ, cần ${issue.expected} / Invalid type, expected ${issue.expected}`;
        case "too_big":
          return `Giá trị quá lớn hoặc quá dài (tối đa ${String(issue.maximum)}) / Too big or too long (at most ${String(issue.maximum)})`;
        case "too_small":
          return `Giá trị quá nhỏ hoặc quá ngắn (tối thiểu ${String(issue.minimum)}) / Too small or too short (at least ${String(issue.minimum)})`;
        case "invalid_value":
          return `Giá trị không nằm trong danh sách cho phép / Value is not one of the allowed values`;
        case "unrecognized_keys":
          return `Trường không được hỗ trợ: ${issue.keys.join(", ")} / Unsupported fields: ${issue.keys.join(", ")}`;
        default:
          return "Giá trị không hợp lệ / Invalid value";
      }
    },
  });
}

function halves(message: string): { vi: string; en: string } {
  const at = message.indexOf(" / ");
  return at < 0 ? { vi: message, en: message } : { vi: message.slice(0, at), en: message.slice(at + 3) };
}

/**
 * One readable line instead of zod's JSON dump of issues. The domain's messages already name each field
 * by its label ("Ngày bắt đầu: …"), so the field's code is not repeated here: it travels separately, in
 * the answer's fieldErrors, for the screen to put the message under the right input.
 */
export function summarizeZodError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => halves(issue.message));
  const vi = [...new Set(parts.map((p) => p.vi))].join("; ");
  const en = [...new Set(parts.map((p) => p.en))].join("; ");
  return `Dữ liệu không hợp lệ (${vi}) / Invalid input (${en})`;
}
