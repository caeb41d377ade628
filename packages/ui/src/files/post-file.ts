import { describeError } from "../errors/error-message";
import type { Lang } from "../labels/labels";
import { fetchWithKey, retryKeys } from "../trpc/retry-keys";

/**
 * Sends one file to an upload route (multipart, part "file"). The same file for the same target keeps
 * its Idempotency-Key until the server answers (`route` and `target` name it), so a retry after a
 * network failure is never stored twice. Returns null when stored, else the server's message in `lang`.
 */
export async function postFileWithKey(
  route: string,
  target: Record<string, string | number>,
  file: File,
  lang: Lang,
): Promise<string | null> {
  const body = new FormData();
  body.append("file", file, file.name);
  const key = retryKeys.keyFor(`POST ${route}`, {
    ...target,
    name: file.name,
    size: file.size,
    lastModified: file.lastModified,
  });
  const qs = new URLSearchParams(Object.entries(target).map(([k, v]) => [k, String(v)]));
  try {
    const res = await fetchWithKey(key, `${route}?${qs}`, {
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
