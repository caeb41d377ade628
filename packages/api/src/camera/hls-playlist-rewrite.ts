/**
 * Rewrites an HLS playlist so that every URI in it (segment and variant lines, and URI="…" of
 * EXT-X-KEY, EXT-X-MAP, EXT-X-MEDIA, EXT-X-I-FRAME-STREAM-INF…) points to our own route: each is
 * resolved against the playlist's own address, then handed to `toRoute`. Pure: no fetch, no clock.
 */
export function rewritePlaylist(
  text: string,
  playlistUrl: string,
  toRoute: (absoluteUrl: string) => string,
): string {
  const resolve = (uri: string) => toRoute(new URL(uri, playlistUrl).toString());
  return text
    .split(/\r?\n/)
    .map((line) => {
      const trimmed = line.trim();
      if (trimmed === "") return line;
      if (!trimmed.startsWith("#")) return resolve(trimmed);
      return line.replace(/URI="([^"]*)"/g, (_m, uri: string) => `URI="${resolve(uri)}"`);
    })
    .join("\n");
}

/** Whether these bytes are a playlist (rewritten) rather than media (passed through). */
export function isPlaylist(contentType: string | null, bytes: Buffer): boolean {
  if (contentType && /mpegurl/i.test(contentType)) return true;
  return bytes.subarray(0, 7).toString("latin1") === "#EXTM3U";
}
