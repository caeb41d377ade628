import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/db/create-db";
import { loadEnv } from "../src/env";
import { buildServer } from "../src/server";
import { DEMO_PASSWORD } from "./helpers/callers";
import { openTestDb } from "./helpers/test-db";

/**
 * The query lane (src/server/query-lane.ts) must answer exactly as tRPC's fastify adapter does: the
 * same status, body and content type for every kind of GET — a result, a refusal, a bad input, an
 * unknown procedure, a mutation sent as GET, batches (the apps' own requests), an unparsable input.
 */
let handle: DbHandle & { dropSchema?: () => Promise<void> };
let lane: FastifyInstance;
let adapter: FastifyInstance;
const cookies: Record<string, string> = {};

const q = (path: string, input?: unknown) =>
  input === undefined
    ? `/trpc/${path}`
    : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** The apps' httpBatchLink: `?batch=1`, inputs keyed by position. */
function batch(paths: string[], inputs: unknown[]): string {
  const byIndex = Object.fromEntries(
    inputs.map((input, i) => [String(i), input === undefined ? undefined : { json: input }]),
  );
  return `/trpc/${paths.join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(byIndex))}`;
}

async function signIn(username: string): Promise<string> {
  const res = await lane.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ json: { username, password: DEMO_PASSWORD } }),
  });
  return String(res.headers["set-cookie"]).split(";")[0]!;
}

beforeAll(async () => {
  handle = await openTestDb();
  lane = await buildServer({ handle, env: loadEnv({}) });
  adapter = await buildServer({ handle, env: loadEnv({}), queryLane: false });
  cookies.admin = await signIn("snv.admin");
  cookies.district = await signIn("ubnd.bienhoa");
});
afterAll(async () => {
  await lane.close();
  await adapter.close();
  await handle.close();
  await handle.dropSchema?.();
});

const CASES: [string, string, string | null][] = [
  ["a result", q("auth.me"), "admin"],
  ["a result with input", q("plans.get", { year: 2023 }), "admin"],
  ["a list page", q("units.page", { sort: "code", limit: 5 }), "district"],
  ["dates and undefined through superjson", q("inspections.list", { year: 2023 }), "admin"],
  ["not signed in", q("auth.me"), null],
  ["no permission", q("audit.list", {}), "district"],
  ["a bad input, field named", q("plans.get", { year: "x" }), "admin"],
  ["out of scope", q("units.get", { id: 1 }), "district"],
  ["a missing plan", q("plans.get", { year: 2099 }), "admin"],
  ["an unknown procedure", q("nope.nothing"), "admin"],
  ["a mutation as GET", q("auth.logout"), "admin"],
  [
    "a batch, one answer refused (207)",
    batch(["auth.me", "plans.get"], [undefined, { year: 2023 }]),
    "admin",
  ],
  ["a batch of answers", batch(["auth.me", "units.page"], [undefined, { limit: 3 }]), "district"],
  ["a batch of one", batch(["units.tierCounts"], [{}]), "admin"],
  ["a batch, signed out", batch(["auth.me", "units.tierCounts"], [undefined, {}]), null],
  ["a batch with a mutation", batch(["auth.me", "auth.logout"], [undefined, undefined]), "admin"],
  ["a batch with an unknown path", batch(["auth.me", "nope.x"], [undefined, undefined]), "admin"],
  ["an unparsable input", "/trpc/plans.get?input=%7Bnot-json", "admin"],
];

/** Outside production an error carries its stack, which names the lane that answered: compare the rest. */
type Answer = { error?: { json?: { data?: { stack?: string } } } };
function withoutStack(body: Answer | Answer[]) {
  for (const answer of Array.isArray(body) ? body : [body]) delete answer.error?.json?.data?.stack;
  return body;
}

describe("query lane", () => {
  it.each(CASES)("answers %s as the adapter does", async (_name, url, who) => {
    const headers = who ? { cookie: cookies[who]! } : {};
    const [a, b] = [await lane.inject({ url, headers }), await adapter.inject({ url, headers })];
    expect(a.statusCode).toBe(b.statusCode);
    expect(a.headers["content-type"]).toBe(b.headers["content-type"]);
    expect(a.headers["content-security-policy"]).toBe(b.headers["content-security-policy"]);
    expect(withoutStack(a.json())).toEqual(withoutStack(b.json()));
  });

  it.each([
    ["a single GET query", q("auth.me")],
    ["the apps' batch", batch(["auth.me", "units.tierCounts"], [undefined, {}])],
  ])("takes %s itself: the answer carries a Content-Length, not chunks", async (_name, url) => {
    const res = await lane.inject({ url, headers: { cookie: cookies.admin! } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-length"]).toBe(String(Buffer.byteLength(res.body)));
    expect(res.headers["transfer-encoding"]).toBeUndefined();
    const viaAdapter = await adapter.inject({ url, headers: { cookie: cookies.admin! } });
    expect(viaAdapter.headers["transfer-encoding"]).toBe("chunked");
  });
});
