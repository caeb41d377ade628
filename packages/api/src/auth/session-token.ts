import { createHash, randomBytes } from "node:crypto";

/** A 256-bit random token for the cookie; the database keeps only its sha256. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
