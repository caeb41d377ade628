import {
  findUnsafeText,
  hasPermission,
  type Permission,
  ROLE_POLICIES,
  UNSAFE_TEXT_MESSAGE,
} from "@par/domain";
import { initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import { failPasswordChangeRequired } from "./auth/password-change-required";
import type { Context } from "./context";
import { env } from "./env";
import { Failure, fail } from "./errors";
import { httpMessage } from "./http-messages";
import { runIdempotent } from "./idempotency/idempotent";
import { keepSerialized, wireTransformer } from "./server/wire-transformer";
import { vietnamDate } from "./time";
import { installBilingualZodMessages, summarizeZodError } from "./zod-messages";

installBilingualZodMessages();

const GENERIC_SERVER_ERROR = "Lỗi máy chủ. Vui lòng thử lại sau / Server error. Please try again later";

const t = initTRPC.context<Context>().create({
  // superjson on the wire (the apps' client), skipping its walk when the answer is plain JSON.
  transformer: wireTransformer,
  isDev: !env().production,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const failure = error.cause instanceof Failure ? error.cause : null;
    let fieldErrors: Record<string, string[]> | null = null;
    if (zodError) fieldErrors = z.flattenError(zodError).fieldErrors as Record<string, string[]>;
    else if (failure?.field) fieldErrors = { [failure.field]: [failure.message] };
    let message = zodError ? summarizeZodError(zodError) : shape.message;
    // The framework's own refusals (unparsable JSON, GET on a mutation, unknown procedure, wrong
    // content type, body too large) have no field: answer in both languages, without parser internals.
    if (!zodError && !failure && error.code !== "INTERNAL_SERVER_ERROR") {
      message = httpMessage(shape.data.httpStatus);
    }
    // Unexpected errors may carry SQL or paths: clients in production get a generic line.
    if (error.code === "INTERNAL_SERVER_ERROR" && env().production) message = GENERIC_SERVER_ERROR;
    return {
      ...shape,
      message,
      data: { ...shape.data, fieldErrors, domainCode: failure?.code ?? null },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Before any schema or query: a NUL or broken Unicode anywhere in the input is refused naming where
 * it is (PostgreSQL would refuse the NUL later, as a server error).
 */
const safeText = t.procedure.use(async ({ getRawInput, next }) => {
  const found = findUnsafeText(await getRawInput());
  if (found) fail("INPUT.UNSAFE_TEXT", UNSAFE_TEXT_MESSAGE[found.kind], found.path.join(".") || "input");
  return next();
});

export const publicProcedure = safeText;

/**
 * A mutation sent with an Idempotency-Key runs at most once per user and key: the procedure runs
 * inside the key's transaction (its own transactions join it), and a retry gets the stored answer.
 * Without a key (scripts, older clients) nothing changes. See src/idempotency/idempotent.ts.
 */
const idempotent = t.middleware(async ({ ctx, type, path, getRawInput, next }) => {
  if (type !== "mutation" || ctx.idempotencyKey === null || !ctx.session) return next();
  let fresh: Awaited<ReturnType<typeof next>> | null = null;
  const request = {
    userId: ctx.session.userId,
    key: ctx.idempotencyKey,
    path,
    input: await getRawInput(),
    now: ctx.now,
  };
  const data = await runIdempotent(ctx.db, request, async (trx) => {
    const result = await next({ ctx: { db: trx } });
    if (!result.ok) throw result.error;
    fresh = result;
    return result.data;
  });
  // A replay never called the procedure: answer as it would have, in tRPC's result shape.
  return (
    fresh ?? ({ ok: true, data, marker: "middlewareMarker" } as unknown as Awaited<ReturnType<typeof next>>)
  );
});

const signedIn = safeText.use(({ ctx, next }) => {
  if (!ctx.session) fail("AUTH.SESSION_REQUIRED", "Vui lòng đăng nhập / Please sign in");
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Only auth.changePassword: the one procedure a user with a reset password may call. */
export const passwordChangeProcedure = signedIn.use(idempotent);

/**
 * Every other signed-in procedure. A password set or reset by an administrator must be changed first
 * (issue 9 §7): enforced here, on the server, whatever the screen does.
 */
export const authedProcedure = signedIn
  .use(({ ctx, next }) => {
    if (ctx.session.mustChangePassword) failPasswordChangeRequired();
    return next();
  })
  .use(idempotent);

/**
 * A read whose answer depends only on the data, the viewer, its input and today's date may be served
 * from the server's read cache (server/read-cache.ts), which drops it the moment the data under it
 * changes. Opt-in per procedure: nothing that reads memory, the clock's time of day or another
 * province for a province-bound viewer. Only answers are kept, never refusals.
 */
export const cachedRead = t.middleware(async ({ ctx, type, path, getRawInput, next }) => {
  const cache = ctx.readCache;
  if (!cache?.enabled || type !== "query" || !ctx.session) return next();
  const session = ctx.session;
  const scope = {
    provinceId: session.provinceId,
    national: session.assignments.some((a) => ROLE_POLICIES[a.role].scope === "nation"),
  };
  const input = JSON.stringify((await getRawInput()) ?? null);
  const key = `${session.userId}|${session.provinceId}|${vietnamDate(ctx.now)}|${path}|${input}`;
  const now = ctx.now.getTime();
  const kept = cache.get(key, scope, now);
  if (kept !== undefined) {
    return { ok: true, data: kept, marker: "middlewareMarker" } as unknown as Awaited<
      ReturnType<typeof next>
    >;
  }
  const stamp = cache.stampOf(scope);
  const result = await next();
  if (result.ok) {
    if (typeof result.data === "object" && result.data !== null) keepSerialized(result.data);
    cache.set(key, scope, stamp, now, result.data);
  }
  return result;
});

/** A procedure for holders of `permission` per the domain's role registry; unit scope is checked inside. */
export function permissionProcedure(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!hasPermission(ctx.session.assignments, permission)) {
      fail("ACCESS.PERMISSION", "Bạn không có quyền thực hiện thao tác này / You may not do this");
    }
    return next({ ctx: { ...ctx, permission } });
  });
}
