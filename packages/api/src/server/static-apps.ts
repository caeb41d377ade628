import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { APPS } from "./apps";
import { notBuiltPage } from "./landing-page";

/**
 * Serves each built app under its prefix, with index.html for any other path below it (client-side
 * routes). A missing build answers 503 with the command to run instead of a bare 404.
 */
export async function registerApps(app: FastifyInstance): Promise<void> {
  // html: read on every navigation, so a rebuilt app is served without restarting the server.
  const fallbacks: { prefix: string; html: () => Promise<string>; status: number }[] = [];
  for (const a of APPS) {
    const index = join(a.dist, "index.html");
    app.get(a.prefix.slice(0, -1), (_req, reply) => reply.redirect(a.prefix, 301));
    if (!existsSync(index)) {
      const page = notBuiltPage(a.prefix);
      fallbacks.push({ prefix: a.prefix, html: async () => page, status: 503 });
      continue;
    }
    await app.register(fastifyStatic, {
      root: a.dist,
      prefix: a.prefix,
      decorateReply: false,
      index: false,
      wildcard: true,
      setHeaders(res, path) {
        // Vite fingerprints assets; index.html must be re-read so a new build is picked up.
        res.header(
          "cache-control",
          path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
    const html = () => readFile(index, "utf8");
    // The app's own root: @fastify/static would answer a directory with 403.
    app.get(a.prefix, async (_req, reply) =>
      reply
        .header("cache-control", "no-cache")
        .type("text/html; charset=utf-8")
        .send(await html()),
    );
    fallbacks.push({ prefix: a.prefix, html, status: 200 });
  }
  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split("?")[0] ?? "";
    const hit = fallbacks.find((f) => path.startsWith(f.prefix));
    // Only navigations fall back to the app; a missing /assets/x.js stays a 404.
    if (
      hit &&
      (req.method === "GET" || req.method === "HEAD") &&
      (hit.status === 503 || !path.includes("/assets/"))
    ) {
      return reply
        .status(hit.status)
        .header("cache-control", "no-cache")
        .type("text/html; charset=utf-8")
        .send(await hit.html());
    }
    return reply.status(404).type("text/plain; charset=utf-8").send("Không tìm thấy / Not found");
  });
}
