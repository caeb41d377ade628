import { type Lang, postFileWithKey } from "@par/ui";

/**
 * Uploads one evidence file of an internal finding; null when stored, else the server's message. A
 * retry of the same file for the same item is never stored twice (postFileWithKey).
 */
export function uploadInternalEvidence(
  internalId: number,
  itemCode: string,
  file: File,
  lang: Lang,
): Promise<string | null> {
  return postFileWithKey("/files/internal-evidence", { internalId, itemCode }, file, lang);
}
