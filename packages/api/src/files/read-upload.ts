import type { FastifyRequest } from "fastify";
import { fail } from "../errors";
import {
  cleanFileName,
  type EvidenceType,
  FILE_MISSING,
  sniffEvidenceType,
  TOO_LARGE,
  WRONG_TYPE,
} from "./evidence-rules";

/** The one file part of a multipart upload, size-checked and typed by its bytes (never by its name). */
export async function readUpload(
  req: FastifyRequest,
  maxBytes: number,
): Promise<{ bytes: Buffer; type: EvidenceType; fileName: string }> {
  if (!req.isMultipart()) fail("FILE.MISSING", FILE_MISSING, "file");
  const part = await req.file();
  if (!part) fail("FILE.MISSING", FILE_MISSING, "file");
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
      fail("FILE.TOO_LARGE", TOO_LARGE(maxBytes), "file");
    }
    throw error;
  }
  const type = sniffEvidenceType(bytes);
  if (!type) fail("FILE.TYPE", WRONG_TYPE, "file");
  return { bytes, type, fileName: cleanFileName(part.filename, type) };
}
