import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";

/** One icon for the landing page and the three apps (their index.html link /favicon.svg). */
const FAVICON = readFileSync(new URL("./favicon.svg", import.meta.url));

/** /favicon.svg for the apps' <link rel="icon">; /favicon.ico for clients that ask for it unprompted. */
export function registerFavicon(app: FastifyInstance): void {
  for (const url of ["/favicon.svg", "/favicon.ico"]) {
    app.get(url, (_req, reply) =>
      reply.type("image/svg+xml").header("cache-control", "public, max-age=86400").send(FAVICON),
    );
  }
}
