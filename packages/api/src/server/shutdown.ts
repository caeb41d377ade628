import type { FastifyInstance } from "fastify";
import type { DbHandle } from "../db/create-db";

/** After this long, connections still busy are cut: an orchestrator's own kill comes soon after. */
const HARD_LIMIT_MS = 20_000;

/**
 * SIGTERM / SIGINT: stop accepting connections, let the requests in flight finish, then close the
 * database — so a rolling restart behind a load balancer loses no answer and leaves no PGlite folder
 * half-written. Node's close only drops the keep-alive sockets idle at that instant; a socket whose
 * request finishes later would hold the process for fastify's 72 s keep-alive, so idle sockets are
 * swept until the server is closed. Resolves to the process's exit code.
 */
export function gracefulShutdown(app: FastifyInstance, handle: Pick<DbHandle, "close">) {
  let closing: Promise<number> | null = null;
  return (signal: string): Promise<number> => {
    closing ??= (async () => {
      console.log(`${signal}: closing after the requests in flight`);
      const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
      const cut = setTimeout(() => app.server.closeAllConnections(), HARD_LIMIT_MS);
      try {
        await app.close();
        await handle.close();
        return 0;
      } catch (error) {
        console.error(error);
        return 1;
      } finally {
        clearInterval(sweep);
        clearTimeout(cut);
      }
    })();
    return closing;
  };
}
