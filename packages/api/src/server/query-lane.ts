import {
  type AnyRouter,
  callProcedure,
  getErrorShape,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  type TRPCError,
} from "@trpc/server/unstable-core-do-not-import";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import superjson from "superjson";
import type { Context } from "../context";

type ContextFactory = (opts: { req: FastifyRequest; res: FastifyReply }) => Promise<Context>;
type OnError = (opts: { error: TRPCError; path?: string | undefined }) => void;

const PREFIX = "/trpc/";

/** What the lane can answer: a single (unbatched) GET of a query, with its path and raw input text. */
function singleQueryOf(req: FastifyRequest): { path: string; inputText: string | undefined } | null {
  if (req.method !== "GET" || !req.url.startsWith(PREFIX)) return null;
  // Streaming answers (httpBatchStreamLink) and batches stay with the adapter.
  if (req.headers["trpc-accept"] !== undefined) return null;
  const q = req.url.indexOf("?");
  const rawPath = req.url.slice(PREFIX.length, q < 0 ? undefined : q);
  if (rawPath.length === 0 || rawPath.includes(",") || rawPath.includes("%")) return null;
  const query = req.query as Record<string, unknown>;
  if (query.batch !== undefined) return null;
  const input = query.input;
  if (input !== undefined && typeof input !== "string") return null;
  return { path: rawPath, inputText: input };
}

/**
 * A lean lane for the commonest request of the apps, one GET of one query (issue 8 §4): the same
 * procedure, context, middlewares, error shape and status as tRPC's fastify adapter, without its
 * per-request Fetch API `Request`/`Response`, abort signals and streamed reply, which cost more CPU
 * than a light read's own work. The answer is written at once with a Content-Length. Anything else
 * (mutations, batches, streams, unknown paths, unparsable input) falls through to the adapter, which
 * answers it exactly as before; `query-lane.test.ts` compares both lanes answer for answer.
 */
export function registerQueryLane(
  app: FastifyInstance,
  o: { router: AnyRouter; createContext: ContextFactory; onError: OnError },
): void {
  const config = o.router._def._config;
  app.addHook("onRequest", async (req, reply) => {
    const call = singleQueryOf(req);
    if (!call) return;
    const procedure = await getProcedureAtPath(o.router, call.path);
    if (procedure?._def.type !== "query") return;
    let input: unknown;
    try {
      input = call.inputText === undefined ? undefined : superjson.deserialize(JSON.parse(call.inputText));
    } catch {
      return; // the adapter answers an unparsable input with its own PARSE_ERROR
    }
    let ctx: Context | undefined;
    let body: string;
    let status = 200;
    try {
      ctx = await o.createContext({ req, res: reply });
      const data = await callProcedure({
        router: o.router,
        path: call.path,
        getRawInput: async () => input,
        ctx,
        type: "query",
        signal: undefined,
        batchIndex: 0,
      });
      body = JSON.stringify({ result: { data: superjson.serialize(data) } });
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      o.onError({ error, path: call.path });
      const shape = getErrorShape({ config, error, type: "query", path: call.path, input, ctx });
      status = typeof shape.data?.httpStatus === "number" ? shape.data.httpStatus : 500;
      body = JSON.stringify({ error: superjson.serialize(shape) });
    }
    return reply
      .code(status)
      .header("vary", "trpc-accept, accept")
      .header("content-type", "application/json")
      .send(Buffer.from(body)); // a Buffer: fastify would add "; charset=utf-8" to a string
  });
}
