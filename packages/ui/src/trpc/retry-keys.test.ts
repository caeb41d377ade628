import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchWithKey, newUuid, RetryKeys } from "./retry-keys";
import { createParTrpcClient } from "./trpc";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("RetryKeys", () => {
  it("gives the open key again for the same scope and content (any key order), a new one otherwise", () => {
    const keys = new RetryKeys();
    const a = keys.keyFor("units.create", { code: "X", name: "Y" }, 0);
    expect(a).toMatch(UUID);
    expect(keys.keyFor("units.create", { name: "Y", code: "X" }, 1000)).toBe(a);
    expect(keys.keyFor("units.create", { code: "X", name: "Z" }, 1000)).not.toBe(a);
    expect(keys.keyFor("plans.create", { code: "X", name: "Y" }, 1000)).not.toBe(a);
  });

  it("closes a key once the server answered, and forgets an open one after its time", () => {
    const keys = new RetryKeys(newUuid, 60_000);
    const a = keys.keyFor("p", { x: 1 }, 0);
    keys.settle(a);
    const b = keys.keyFor("p", { x: 1 }, 1);
    expect(b).not.toBe(a);
    expect(keys.keyFor("p", { x: 1 }, 60_001)).not.toBe(b);
  });
});

describe("fetchWithKey", () => {
  it("sends the header; a network failure or a gateway's 503 keeps the key for the retry, an answer closes it", async () => {
    const keys = new RetryKeys();
    const seen: (string | null)[] = [];
    const replies: (() => Promise<Response>)[] = [
      () => Promise.reject(new TypeError("Failed to fetch")),
      async () => new Response("", { status: 503 }),
      async () => new Response("{}", { status: 409 }),
    ];
    const fake = (async (_: unknown, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get("Idempotency-Key"));
      return replies.shift()!();
    }) as typeof fetch;
    const send = () => fetchWithKey(keys.keyFor("POST /files/evidence", { f: 1 }), "/x", {}, keys, fake);
    await expect(send()).rejects.toThrow("Failed to fetch");
    expect((await send()).status).toBe(503);
    expect((await send()).status).toBe(409);
    expect(seen[0]).toMatch(UUID);
    expect(new Set(seen).size).toBe(1);
    expect(keys.keyFor("POST /files/evidence", { f: 1 })).not.toBe(seen[0]);
  });
});

describe("the apps' tRPC client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("retries a mutation lost on the network with the same key, and names the next call anew", async () => {
    const calls: { url: string; key: string | null }[] = [];
    let fail = true;
    vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
      calls.push({ url: String(url), key: new Headers(init?.headers).get("Idempotency-Key") });
      if (fail) {
        fail = false;
        throw new TypeError("Failed to fetch");
      }
      return new Response(JSON.stringify({ result: { data: { json: { ok: true } } } }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    });
    const client = createParTrpcClient("http://par.test/trpc");
    await client.auth.logout.mutate();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.url).toBe("http://par.test/trpc/auth.logout");
    expect(calls[0]!.key).toMatch(UUID);
    expect(calls[1]!.key).toBe(calls[0]!.key);
    await client.auth.logout.mutate();
    expect(calls[2]!.key).toMatch(UUID);
    expect(calls[2]!.key).not.toBe(calls[0]!.key);
  });
});
