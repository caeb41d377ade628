/** What an evidence file may be: checked on its bytes, never on the type the browser declares. */
export const EVIDENCE_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const EXTENSION_OF: Record<EvidenceType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

const startsWith = (b: Buffer, bytes: readonly number[], at = 0) =>
  b.length >= at + bytes.length && bytes.every((x, i) => b[at + i] === x);

/** The type the magic bytes say, or null: JPEG FF D8 FF, PNG's 8-byte signature, RIFF….WEBP, %PDF-. */
export function sniffEvidenceType(b: Buffer): EvidenceType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  return null;
}

/**
 * The name to keep: the last path segment (browsers on Windows send "C:\\…\\ảnh.jpg"), without control
 * characters, at most 200 characters, with the extension of the type the bytes have.
 */
export function cleanFileName(declared: string | undefined, type: EvidenceType): string {
  const base = (declared ?? "")
    .split(/[\\/]/)
    .pop()!
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "")
    .normalize("NFC")
    .trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 190) || "minh-chung";
  return `${stem}.${EXTENSION_OF[type]}`;
}

export const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10}`;

export const TOO_LARGE = (maxBytes: number) =>
  `Tệp quá lớn (tối đa ${megabytes(maxBytes)} MB) / File too large (max ${megabytes(maxBytes)} MB)`;
export const WRONG_TYPE = "Chỉ nhận ảnh JPEG/PNG/WebP hoặc PDF / Only JPEG/PNG/WebP images or PDF";
export const FILE_MISSING =
  'Chưa chọn tệp (file): gửi một tệp trong trường "file" / No file (file): send one file in the "file" field';
