import { describeError, fetchWithKey, type Lang, retryKeys } from "@par/ui";

/**
 * Uploads one evidence file of an internal finding. The same file for the same item keeps its
 * Idempotency-Key until the server answers: a retry after a network failure is never stored twice.
 */
export async function uploadInternalEvidence(
  internalId: number,
  itemCode: string,
  file: File,
  lang: Lang,
): Promise<string | null> {
  const body = new FormData();
  body.append("file", file, file.name);
  const qs = new URLSearchParams({ internalId: String(internalId), itemCode });
  const key = retryKeys.keyFor("POST /files/internal-evidence", {
    internalId,
    itemCode,
    name: file.name,
    size: file.size,
    lastModified: file.lastModified,
  });
  try {
    const res = await fetchWithKey(key, `/files/internal-evidence?${qs}`, {
      method: "POST",
      body,
      credentials: "same-origin",
    });
    if (res.ok) return null;
    const json = (await res.json().catch(() => null)) as {
      error?: { message?: string; code?: string; fieldErrors?: Record<string, string[]> | null };
    } | null;
    const e = json?.error;
    return describeError(
      { message: e?.message ?? `HTTP ${res.status}`, data: { code: e?.code, fieldErrors: e?.fieldErrors } },
      lang,
    ).message;
  } catch (err) {
    return describeError(err, lang).message;
  }
}
