import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { loadEnv } from "../src/env";
import { buildServer } from "../src/server";
import { gracefulShutdown } from "../src/server/shutdown";
import { openTestDb } from "./helpers/test-db";

describe("stopping on SIGTERM", () => {
  it("finishes the request in flight, refuses new connections, then closes the database once", async () => {
    const handle = await openTestDb();
    let dbClosed = 0;
    const app = await buildServer({ handle, env: loadEnv({}) });
    // A request that is still being answered when the signal comes.
    app.get("/test-slow", async () => {
      await new Promise((r) => setTimeout(r, 400));
      return { done: true };
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const inFlight = fetch(`${base}/test-slow`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    await new Promise((r) => setTimeout(r, 100));
    const shutdown = gracefulShutdown(app, {
      close: async () => {
        dbClosed += 1;
        await handle.close();
        await (handle as { dropSchema?: () => Promise<void> }).dropSchema?.();
      },
    });
    const exit = shutdown("SIGTERM");
    const again = shutdown("SIGTERM"); // a second signal does not close twice

    expect(await inFlight).toEqual({ status: 200, body: { done: true } });
    expect(await exit).toBe(0);
    expect(await again).toBe(0);
    expect(dbClosed).toBe(1);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
