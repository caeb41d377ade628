import { foldVietnamese } from "@par/domain";

/**
 * A safe ASCII file name from a Vietnamese title: "Quyết định thành lập Đoàn kiểm tra số 12/2023" →
 * "quyet-dinh-thanh-lap-doan-kiem-tra-so-12-2023.docx". Old clients and some mail gateways only keep
 * the ASCII `filename=`; the Vietnamese name travels in `filename*` (see contentDisposition).
 */
export function asciiFileName(title: string, extension: "docx" | "xlsx" | "pdf"): string {
  const slug = foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  return `${slug || "tai-lieu"}.${extension}`;
}

/** RFC 5987 encoding: encodeURIComponent leaves ' ( ) * ! unescaped, which the header grammar forbids. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The Content-Disposition value for a download: `attachment; filename="<ascii>"; filename*=UTF-8''<title>`.
 * Browsers prefer `filename*` and save the file under its Vietnamese name (RFC 6266).
 */
export function contentDisposition(title: string, extension: "docx" | "xlsx" | "pdf"): string {
  const ascii = asciiFileName(title, extension);
  const unicode = `${title
    .replace(/[\\/:*?"<>|\r\n]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(unicode)}`;
}

/** Content types of the generated files. */
export const CONTENT_TYPE = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;
