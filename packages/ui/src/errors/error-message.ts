import type { Lang } from "../labels/labels";

/** The part of a tRPC client error this helper reads; structural so tests need no client. */
export interface ErrorLike {
  message?: string;
  data?: {
    code?: string;
    httpStatus?: number;
    fieldErrors?: Record<string, string[] | undefined> | null;
    domainCode?: string | null;
  } | null;
}

export interface UserError {
  /** tRPC code (FORBIDDEN, BAD_REQUEST, …) or NETWORK when the server was not reached. */
  code: string;
  domainCode: string | null;
  /** The server's message in the chosen language. */
  message: string;
  /** First message per field, in the chosen language: set these on the form inputs. */
  fieldErrors: Record<string, string>;
  /** One line for a notification or an alert: names each field when there are field errors. */
  summary: string;
}

const FALLBACK: Record<string, string> = {
  NETWORK: "Không kết nối được máy chủ. Vui lòng thử lại / Cannot reach the server. Please try again",
  INTERNAL_SERVER_ERROR: "Lỗi máy chủ. Vui lòng thử lại sau / Server error. Please try again later",
  BAD_REQUEST: "Dữ liệu không hợp lệ / Invalid input",
  UNAUTHORIZED: "Vui lòng đăng nhập lại / Please sign in again",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này / You may not do this",
  NOT_FOUND: "Không tìm thấy dữ liệu / Not found",
  CONFLICT: "Dữ liệu đã bị thay đổi hoặc trùng lặp / The data conflicts with existing records",
  TOO_MANY_REQUESTS: "Quá nhiều lần thử. Vui lòng đợi rồi thử lại / Too many attempts. Please wait and retry",
  UNKNOWN: "Đã có lỗi xảy ra / Something went wrong",
};

/**
 * Server messages are Vietnamese first, then " / ", then English. Picks the half for `lang`;
 * a message with no English half is shown as it is.
 */
export function pickLanguage(message: string, lang: Lang): string {
  const at = message.indexOf(" / ");
  if (at < 0) return message;
  return lang === "en" ? message.slice(at + 3).trim() : message.slice(0, at).trim();
}

function isErrorLike(err: unknown): err is ErrorLike {
  return typeof err === "object" && err !== null;
}

/**
 * "Label: message" for a line that names a field, unless the message already starts with the label
 * (the domain's messages do: "Ngày bắt đầu: …"), so that no line reads "Ngày bắt đầu: Ngày bắt đầu: …".
 */
export function withFieldLabel(label: string, message: string): string {
  return message.toLocaleLowerCase("vi").startsWith(label.toLocaleLowerCase("vi"))
    ? message
    : `${label}: ${message}`;
}

/** Turns any error from a tRPC call into what the screen shows, naming the field when there is one. */
export function describeError(
  err: unknown,
  lang: Lang,
  fieldLabel: (field: string) => string = (f) => f,
): UserError {
  const e: ErrorLike = isErrorLike(err) ? err : { message: String(err) };
  const data = e.data ?? null;
  const code = data?.code ?? (data === null ? "NETWORK" : "UNKNOWN");
  const raw = e.message ?? "";
  // Never show a stack, a JSON dump of zod issues or a browser's "Failed to fetch" as the message.
  const usable =
    raw !== "" && code !== "NETWORK" && code !== "INTERNAL_SERVER_ERROR" && !/^\s*[[{]/.test(raw);
  const message = pickLanguage(usable ? raw : (FALLBACK[code] ?? FALLBACK.UNKNOWN!), lang);

  const fieldErrors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(data?.fieldErrors ?? {})) {
    const first = messages?.[0];
    if (first) fieldErrors[field] = pickLanguage(first, lang);
  }
  const parts = Object.entries(fieldErrors).map(([field, msg]) => withFieldLabel(fieldLabel(field), msg));
  return {
    code,
    domainCode: data?.domainCode ?? null,
    message,
    fieldErrors,
    summary: parts.length > 0 ? parts.join("; ") : message,
  };
}

/** Field errors of a client-side zod check, in the same shape as the server's. */
export function issuesToFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  lang: Lang,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (!(field in out)) out[field] = pickLanguage(issue.message, lang);
  }
  return out;
}
