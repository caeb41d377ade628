import {
  type AnyRouter,
  callProcedure,
  getErrorShape,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  type TRPCError,
} from "@trpc/server/unstable-core-do-not-import";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Context } from "../context";
import { deserialize, serialize } from "./wire-transformer";

type ContextFactory = (opts: { req: FastifyRequest; res: FastifyReply }) => Promise<Context>;
type OnError = (opts: { error: TRPCError; path?: string | undefined }) => void;

const PREFIX = "/trpc/";

interface QueryCall {
  path: string;
  input: unknown;
}

/**
 * What the lane can answer: GET of queries, one or a batch (the apps' httpBatchLink sends `?batch=1`
 * even for one), with their inputs. Null for anything else, or for an input it cannot read: the adapter
 * answers those with its own errors.
 */
function queryCallsOf(req: FastifyRequest): { calls: QueryCall[]; batch: boolean } | null {
  if (req.method !== "GET" || !req.url.startsWith(PREFIX)) return null;
  // Streaming answers (httpBatchStreamLink) stay with the adapter.
  if (req.headers["trpc-accept"] !== undefined) return null;
  const q = req.url.indexOf("?");
  const rawPath = req.url.slice(PREFIX.length, q < 0 ? undefined : q);
  if (rawPath.length === 0 || rawPath.includes("%")) return null;
  const query = req.query as Record<string, unknown>;
  const batch = query.batch === "1";
  if (query.batch !== undefined && !batch) return null;
  const paths = rawPath.split(",");
  if (!batch && paths.length > 1) return null;
  const inputText = query.input;
  if (inputText !== undefined && typeof inputText !== "string") return null;
  try {
    const raw: unknown = inputText === undefined ? undefined : JSON.parse(inputText);
    if (!batch) return { calls: [{ path: rawPath, input: inputOf(raw) }], batch };
    if (raw !== undefined && (typeof raw !== "object" || raw === null)) return null;
    const byIndex = (raw ?? {}) as Record<string, unknown>;
    return { calls: paths.map((path, i) => ({ path, input: inputOf(byIndex[String(i)]) })), batch };
  } catch {
    return null;
  }
}

const inputOf = (raw: unknown) =>
  raw === undefined ? undefined : deserialize(raw as Parameters<typeof deserialize>[0]);

/**
 * A lean lane for the commonest request of the apps, a GET of queries (issue 8 §4): the same
 * procedure, context, middlewares, error shape and status as tRPC's fastify adapter, without its
 * per-request Fetch API `Request`/`Response`, abort signals and streamed reply, which cost more CPU
 * than a light read's own work. The answer is written at once with a Content-Length. Anything else
 * (mutations, streams, unknown paths, unparsable input) falls through to the adapter, which
 * answers it exactly as before; `query-lane.test.ts` compares both lanes answer for answer.
 */
export function registerQueryLane(
  app: FastifyInstance,
  o: { router: AnyRouter; createContext: ContextFactory; onError: OnError },
): void {
  const config = o.router._def._config;
  app.addHook("onRequest", async (req, reply) => {
    const found = queryCallsOf(req);
    if (!found) return;
    const procedures = await Promise.all(found.calls.map((c) => getProcedureAtPath(o.router, c.path)));
    if (procedures.some((p) => p?._def.type !== "query")) return;
    let ctx: Context | undefined;
    let ctxError: unknown = null;
    try {
      ctx = await o.createContext({ req, res: reply });
    } catch (cause) {
      ctxError = cause;
    }
    const answers = await Promise.all(
      found.calls.map(async (call, batchIndex) => {
        try {
          if (ctxError !== null) throw ctxError;
          const data = await callProcedure({
            router: o.router,
            path: call.path,
            getRawInput: async () => call.input,
            ctx,
            type: "query",
            signal: undefined,
            batchIndex,
          });
          return { status: 200, body: { result: { data: serialize(data) } } };
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          o.onError({ error, path: call.path });
          const shape = getErrorShape({
            config,
            error,
            type: "query",
            path: call.path,
            input: call.input,
            ctx,
          });
          const status = typeof shape.data?.httpStatus === "number" ? shape.data.httpStatus : 500;
          return { status, body: { error: serialize(shape) } };
        }
      }),
    );
    // As tRPC: one status when every answer agrees, 207 (multi-status) when they differ.
    const statuses = new Set(answers.map((a) => a.status));
    const status = statuses.size === 1 ? answers[0]!.status : 207;
    return reply
      .code(status)
      .header("vary", "trpc-accept, accept")
      .header("content-type", "application/json")
      .send(found.batch ? Buffer.from(JSON.stringify(answers.map((a) => a.body))) : singleBody(answers[0]!));
  });
}

/**
 * A single answer's bytes (a Buffer: fastify would add "; charset=utf-8" to a string). An answer the
 * read cache serves again is the same object each time and never changes, so its bytes are written
 * once and sent as they are: the JSON of a 30–50 kB list page was most of a kept answer's cost.
 */
const bodies = new WeakMap<object, Buffer>();
function singleBody(answer: { status: number; body: { result?: { data: unknown } } }): Buffer {
  const data = answer.status === 200 ? answer.body.result?.data : undefined;
  const key = typeof data === "object" && data !== null ? data : null;
  const kept = key ? bodies.get(key) : undefined;
  if (kept) return kept;
  const bytes = Buffer.from(JSON.stringify(answer.body));
  if (key) bodies.set(key, bytes);
  return bytes;
}
