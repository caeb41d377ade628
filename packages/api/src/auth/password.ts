import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults are argon2id, m=19 MiB, t=2, p=1: the OWASP recommendation.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. For an unknown user pass `null`: a verify against a throwaway hash still runs,
 * so the answer takes as long whether or not the user exists.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hash("par-inspect-dummy-password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
