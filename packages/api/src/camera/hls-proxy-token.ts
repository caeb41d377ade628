import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Upstream addresses handed to the browser as opaque tokens: AES-256-GCM over the absolute URL, with a
 * key derived from the counter's own stored address and credentials (server-only). Every API process
 * derives the same key, so a token made by one is opened by another behind a load balancer; a token
 * cannot be forged or moved to another counter, and changing the camera's address voids old tokens.
 */
export function proxyKey(counter: {
  id: number;
  stream_url: string | null;
  stream_password: string | null;
}): Buffer {
  return createHash("sha256")
    .update(`par-hls-proxy\n${counter.id}\n${counter.stream_url ?? ""}\n${counter.stream_password ?? ""}`)
    .digest();
}

export function sealUrl(key: Buffer, url: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(url, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The URL sealed in `token`, or null when it was not made with this key (tampered, other counter). */
export function openUrl(key: Buffer, token: string): string | null {
  const raw = Buffer.from(token, "base64url");
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
