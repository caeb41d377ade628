import type { SessionCache } from "./auth/session-cache";
import { resolveSession, type SessionUser } from "./auth/sessions";
import type { Db } from "./db/database";
import type { ReadCache } from "./server/read-cache";

/** Where a procedure puts and removes the session cookie; HTTP writes Set-Cookie, tests record it. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  db: Db;
  /** The instant of the request; passed in so that tests can move time (expiry, "today"). */
  now: Date;
  ip: string | null;
  session: SessionUser | null;
  cookies: SessionCookieJar;
  /** The request's Idempotency-Key header, as sent; mutations with one run at most once (src/idempotency). */
  idempotencyKey: string | null;
  /** HTTP requests: the server's cache of the heaviest reads (server/read-cache.ts); absent in tests' callers. */
  readCache: ReadCache | null;
}

export interface InnerContextOptions {
  db: Db;
  now?: Date;
  /** The `par_session` cookie's value, if any. */
  sessionToken?: string | null | undefined;
  ip?: string | null;
  cookies?: SessionCookieJar;
  idempotencyKey?: string | null;
  /** HTTP requests: the process's short-lived session cache (see auth/session-cache.ts). */
  sessionCache?: SessionCache;
  readCache?: ReadCache | undefined;
}

const noCookies: SessionCookieJar = { set() {}, clear() {} };

/** The context without HTTP: used by createContext for requests and directly by tests and scripts. */
export async function createContextInner(opts: InnerContextOptions): Promise<Context> {
  const now = opts.now ?? new Date();
  const session = opts.sessionToken
    ? await resolveSession(opts.db, opts.sessionToken, now, opts.sessionCache)
    : null;
  return {
    db: opts.db,
    now,
    ip: opts.ip ?? null,
    session,
    cookies: opts.cookies ?? noCookies,
    idempotencyKey: opts.idempotencyKey ?? null,
    readCache: opts.readCache ?? null,
  };
}
