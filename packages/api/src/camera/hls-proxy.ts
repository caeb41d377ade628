import type { CounterRow } from "../db/camera.repository";
import { fail } from "../errors";
import { isPlaylist, rewritePlaylist } from "./hls-playlist-rewrite";
import { proxyKey, sealUrl } from "./hls-proxy-token";

/** Bounds of one upstream request: a stalled or huge answer never holds the server. */
export const PLAYLIST_LIMITS = { timeoutMs: 5_000, maxBytes: 1024 * 1024 };
export const SEGMENT_LIMITS = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 };

const UNAVAILABLE =
  "Không nhận được luồng hình từ camera của quầy này, vui lòng thử lại sau / The camera's stream could not be fetched, try again later";

/** Media types passed through; anything else from upstream is sent as plain bytes. */
const MEDIA_TYPES = new Set(["video/mp2t", "video/mp4", "video/iso.segment", "audio/aac", "audio/mp4"]);

/**
 * The upstream address without its user:password part, and the Basic credentials to send instead
 * (from the URL or the counter's stored ones): fetch refuses credentials inside a URL, and they must
 * never reach a rewritten playlist.
 */
export function upstreamOf(counter: Pick<CounterRow, "stream_url" | "stream_username" | "stream_password">) {
  const url = new URL(counter.stream_url ?? "");
  const user = counter.stream_username ?? (url.username ? decodeURIComponent(url.username) : null);
  const pass = counter.stream_password ?? (url.password ? decodeURIComponent(url.password) : null);
  url.username = "";
  url.password = "";
  const auth = user || pass ? `Basic ${Buffer.from(`${user ?? ""}:${pass ?? ""}`).toString("base64")}` : null;
  return { url: url.toString(), origin: url.origin, auth };
}

/** GET with a deadline and a size cap; any failure (network, status, timeout, size) is a clean refusal. */
async function fetchBounded(
  url: string,
  auth: string | null,
  sendAuth: boolean,
  limits: typeof PLAYLIST_LIMITS,
) {
  const u = new URL(url);
  if (u.protocol !== "http:" && u.protocol !== "https:")
    fail("CAMERA.STREAM_UNAVAILABLE", UNAVAILABLE, "counterId");
  try {
    const res = await fetch(url, {
      headers: sendAuth && auth ? { authorization: auth } : {},
      // A redirect could carry the credentials elsewhere or leave the camera's site: refused.
      redirect: "error",
      signal: AbortSignal.timeout(limits.timeoutMs),
    });
    if (!res.ok || !res.body) throw new Error(`upstream ${res.status}`);
    const declared = Number(res.headers.get("content-length") ?? 0);
    if (declared > limits.maxBytes) throw new Error("too large");
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += chunk.length;
      if (size > limits.maxBytes) throw new Error("too large");
      chunks.push(Buffer.from(chunk));
    }
    return { bytes: Buffer.concat(chunks), contentType: res.headers.get("content-type") };
  } catch {
    fail("CAMERA.STREAM_UNAVAILABLE", UNAVAILABLE, "counterId");
  }
}

export interface Proxied {
  body: Buffer | string;
  contentType: string;
  playlist: boolean;
}

/**
 * One upstream resource of a counter's HLS source, ready for the browser: a playlist comes back with
 * every URI rewritten to `/files/camera/live/:counter/p/:token`, media as it came. Credentials go only
 * to the camera's own origin.
 */
export async function proxyUpstream(
  counter: CounterRow,
  url: string,
  limits = SEGMENT_LIMITS,
): Promise<Proxied> {
  const up = upstreamOf(counter);
  const { bytes, contentType } = await fetchBounded(url, up.auth, new URL(url).origin === up.origin, limits);
  if (isPlaylist(contentType, bytes)) {
    const key = proxyKey(counter);
    const text = rewritePlaylist(
      bytes.toString("utf8"),
      url,
      (abs) => `/files/camera/live/${counter.id}/p/${sealUrl(key, abs)}`,
    );
    return { body: text, contentType: "application/vnd.apple.mpegurl", playlist: true };
  }
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return {
    body: bytes,
    contentType: MEDIA_TYPES.has(type) ? type : "application/octet-stream",
    playlist: false,
  };
}

/** The counter's own playlist (its registered HLS address). */
export function proxyPlaylist(counter: CounterRow): Promise<Proxied> {
  return proxyUpstream(counter, upstreamOf(counter).url, PLAYLIST_LIMITS);
}
