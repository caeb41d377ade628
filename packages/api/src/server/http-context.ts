import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import { sessionCache } from "../auth/session-cache";
import { SESSION_COOKIE } from "../auth/session-policy";
import { type Context, createContextInner } from "../context";
import type { Db } from "../db/database";
import { idempotencyKeyOf } from "../idempotency/idempotent";
import type { ReadCache } from "./read-cache";

/** The tRPC context of an HTTP request: the session from the cookie, the cookie written back on login/logout. */
export function httpContextFactory(db: Db, readCache?: ReadCache) {
  return ({ req, res }: Pick<CreateFastifyContextOptions, "req" | "res">): Promise<Context> => {
    // req.protocol honours X-Forwarded-Proto only when PAR_TRUST_PROXY is on (fastify trustProxy).
    const secure = req.protocol === "https";
    return createContextInner({
      db,
      sessionToken: req.cookies[SESSION_COOKIE] ?? null,
      sessionCache,
      // "Cache-Control: no-cache" asks for an answer read now (HTTP's meaning; the benchmark's cold figures).
      readCache: /\bno-cache\b/.test(req.headers["cache-control"] ?? "") ? undefined : readCache,
      ip: req.ip ?? null,
      idempotencyKey: idempotencyKeyOf(req.headers),
      cookies: {
        set(token, expiresAt) {
          res.setCookie(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: "lax",
            secure,
            path: "/",
            expires: expiresAt,
          });
        },
        clear() {
          res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure, path: "/" });
        },
      },
    });
  };
}
