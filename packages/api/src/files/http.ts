import { hasPermission, type Permission } from "@par/domain";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ZodError, type ZodType, z } from "zod";
import type { Request } from "../access/request";
import { requestOf } from "../access/request";
import { failPasswordChangeRequired } from "../auth/password-change-required";
import { SESSION_COOKIE } from "../auth/session-policy";
import { createContextInner } from "../context";
import type { Db } from "../db/database";
import { Failure, fail } from "../errors";
import { summarizeZodError } from "../zod-messages";

/**
 * Plain HTTP routes (uploads, downloads) speak the same errors as tRPC: the session cookie, the same
 * failures and codes, and a JSON body `{ error: { code, domainCode, message, fieldErrors } }` with the
 * message in Vietnamese first.
 */

/** The signed-in user of a request, as procedures see it; UNAUTHORIZED without a valid session. */
export async function requestFromHttp(db: Db, req: FastifyRequest): Promise<Request> {
  const ctx = await createContextInner({
    db,
    sessionToken: req.cookies[SESSION_COOKIE] ?? null,
    ip: req.ip ?? null,
  });
  if (!ctx.session) fail("AUTH.SESSION_REQUIRED", "Vui lòng đăng nhập / Please sign in");
  if (ctx.session.mustChangePassword) failPasswordChangeRequired();
  return requestOf({ ...ctx, session: ctx.session });
}

/** FORBIDDEN unless the user holds one of the permissions somewhere (scope is checked by each read). */
export function requireAny(q: Request, permissions: readonly Permission[]): void {
  if (!permissions.some((p) => hasPermission(q.user.assignments, p))) {
    fail("ACCESS.PERMISSION", "Bạn không có quyền thực hiện thao tác này / You may not do this");
  }
}

/** Parses route input with a domain schema; a bad value is BAD_REQUEST naming the field. */
export function parseInput<T extends ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: summarizeZodError(parsed.error),
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** HTTP statuses more precise than tRPC's for a few upload failures. */
const STATUS_OF_CODE: Record<string, number> = { "FILE.TOO_LARGE": 413, "FILE.TYPE": 415 };

export function sendError(reply: FastifyReply, error: TRPCError): FastifyReply {
  const cause = error.cause;
  const failure = cause instanceof Failure ? cause : null;
  const fieldErrors =
    cause instanceof ZodError
      ? (z.flattenError(cause).fieldErrors as Record<string, string[]>)
      : failure?.field
        ? { [failure.field]: [error.message] }
        : null;
  const status = (failure && STATUS_OF_CODE[failure.code]) || getHTTPStatusCodeFromError(error);
  return reply
    .status(status)
    .header("cache-control", "no-store")
    .type("application/json; charset=utf-8")
    .send({
      error: { code: error.code, domainCode: failure?.code ?? null, message: error.message, fieldErrors },
    });
}

/**
 * Runs a route's work and turns expected failures into their status and JSON body. Client errors of
 * fastify's plugins (a malformed multipart body, …) become a bilingual 4xx; anything else is a bug and
 * goes to the server's 500 handler.
 */
export async function answer(reply: FastifyReply, work: () => Promise<FastifyReply>): Promise<FastifyReply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return sendError(reply, error);
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === "number" && status >= 400 && status < 500) {
      const message = `Yêu cầu không hợp lệ / Invalid request (${(error as Error).message})`;
      return reply
        .status(status)
        .type("application/json; charset=utf-8")
        .send({ error: { code: "BAD_REQUEST", domainCode: null, message, fieldErrors: null } });
    }
    throw error;
  }
}

/** RFC 5987 encoding: encodeURIComponent leaves ' ( ) * ! unescaped, which the header grammar forbids. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Content-Disposition for a stored file name with its extension: an ASCII fallback and the UTF-8 name. */
export function fileDisposition(fileName: string, inline: boolean): string {
  const dot = fileName.lastIndexOf(".");
  const ext = dot > 0 ? fileName.slice(dot + 1).replace(/[^A-Za-z0-9]/g, "") : "";
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ascii =
    stem
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 100) || "tep";
  const unicode = fileName.replace(/[\\/:*?"<>|\r\n]+/g, " ").trim();
  return `${inline ? "inline" : "attachment"}; filename="${ascii}${ext ? `.${ext}` : ""}"; filename*=UTF-8''${encodeRfc5987(unicode)}`;
}
