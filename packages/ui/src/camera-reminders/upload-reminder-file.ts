import { describeError } from "../errors/error-message";
import type { Lang } from "../labels/labels";
import { fetchWithKey, retryKeys } from "../trpc/retry-keys";

/**
 * Sends one evidence file of a reminder's answer (multipart, part "file"). The same file for the same
 * reminder keeps its Idempotency-Key until the server answers, so a retry is never stored twice.
 * Returns null when stored, else the server's message in `lang`.
 */
export async function uploadReminderFile(reminderId: number, file: File, lang: Lang): Promise<string | null> {
  const body = new FormData();
  body.append("file", file, file.name);
  const key = retryKeys.keyFor("POST /files/camera/reminder-files", {
    reminderId,
    name: file.name,
    size: file.size,
    lastModified: file.lastModified,
  });
  try {
    const res = await fetchWithKey(key, `/files/camera/reminder-files?reminderId=${reminderId}`, {
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
