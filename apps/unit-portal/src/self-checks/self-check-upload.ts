import { describeError, fetchWithKey, type Lang, retryKeys } from "@par/ui";

const ACCEPT = ["image/jpeg", "image/png", "image/webp", "application/pdf"];
export const EVIDENCE_ACCEPT = ACCEPT.join(",");

/** Uploads one evidence file of a self-check item; returns an error text or null. */
export async function uploadSelfCheckFile(
  inspectionId: number,
  itemCode: string,
  file: File,
  lang: Lang,
  wrongType: string,
): Promise<string | null> {
  if (!ACCEPT.includes(file.type)) return wrongType;
  const body = new FormData();
  body.append("file", file, file.name);
  const key = retryKeys.keyFor("POST /files/self-check-evidence", {
    inspectionId,
    itemCode,
    name: file.name,
    size: file.size,
    lastModified: file.lastModified,
  });
  const qs = new URLSearchParams({ inspectionId: String(inspectionId), itemCode });
  const res = await fetchWithKey(key, `/files/self-check-evidence?${qs}`, {
    method: "POST",
    body,
    credentials: "same-origin",
  });
  if (res.ok) return null;
  const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return describeError({ message: json?.error?.message ?? "", data: { code: "BAD_REQUEST" } }, lang).summary;
}
