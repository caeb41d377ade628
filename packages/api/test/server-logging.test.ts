import type { FastifyBaseLogger } from "fastify";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadEnv } from "../src/env";
import { buildServer } from "../src/server";

/** Building the server needs no database; only the routes touch it. */
const handle = { db: {} as never, kind: "pglite" as const, close: async () => {} };

afterEach(() => vi.restoreAllMocks());

describe("server logging", () => {
  it("builds without fastify deprecation warnings", async () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const app = await buildServer({ handle, env: loadEnv({}) });
    await app.ready();
    await app.close();
    // process-warning calls emitWarning(message, name, code), e.g. code "FSTDEP023".
    const fastifyWarnings = warn.mock.calls.map((c) => c.map(String).join(" ")).filter((c) => /FST/.test(c));
    expect(fastifyWarnings).toEqual([]);
  });

  it("writes no line per request (the reverse proxy keeps access logs)", async () => {
    const app = await buildServer({ handle, env: loadEnv({}) });
    const lines: string[] = [];
    const record =
      (level: string) =>
      (...args: unknown[]) =>
        lines.push(`${level}: ${args.map((a) => (typeof a === "string" ? a : "{…}")).join(" ")}`);
    // Each request logs through a child of the root logger; record what the children are asked to write.
    const child = {
      info: record("info"),
      warn: record("warn"),
      error: record("error"),
      debug: record("debug"),
      trace: record("trace"),
      fatal: record("fatal"),
      level: "info",
      silent: () => {},
      child: () => child,
    };
    vi.spyOn(app.log, "child").mockReturnValue(child as unknown as FastifyBaseLogger);
    const res = await app.inject({ method: "GET", url: "/" });
    const missing = await app.inject({ method: "GET", url: "/no-such-page" });
    await app.close();
    expect([res.statusCode, missing.statusCode]).toEqual([200, 404]);
    expect(lines).toEqual([]);
  });
});
