import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../src/root";
import { cookieFor, serverOn } from "./helpers/http";
import { procedurePaths } from "./helpers/procedures";
import { useTestDb } from "./helpers/test-db";

/**
 * Nothing a client sends breaks the server: every tRPC procedure (built from the router) and every
 * HTTP route (built from the server's own route table) gets generated hostile input, as a planner,
 * as a unit clerk and signed out. Any 5xx fails, with the request that caused it.
 */
const t = useTestDb();
const RUNS = Number(process.env.PAR_FUZZ_RUNS ?? 60);

const ids = fc.constantFrom(
  1,
  2,
  3,
  7,
  50,
  120,
  400,
  0,
  -1,
  2_147_483_647,
  2_147_483_648,
  1e20,
  1.5,
  "1",
  null,
);
const dates = fc.constantFrom(
  "2023-06-12",
  "2023-02-30",
  "2023-13-01",
  "12/06/2023",
  "",
  "9999-12-31",
  "0001-01-01",
  20230612,
);
const years = fc.constantFrom(2023, 2022, 1899, 2100, 99999, -2023, "2023", 2023.5);
const texts = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "Phường Trảng Dài",
    "a\u0000b",
    "\uD800",
    "x".repeat(100_000),
    "'; drop table units; --",
    "%00",
    "../../etc/passwd",
  ),
  fc.string({ maxLength: 40 }),
);
const anything = fc.oneof(
  { weight: 4, arbitrary: texts },
  { weight: 1, arbitrary: ids },
  { weight: 1, arbitrary: dates },
  { weight: 1, arbitrary: years },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Idempotency-Key headers: none, two UUIDs shared by every call (replays and 409s), and junk. */
const idempotencyKeys = fc.constantFrom(
  undefined,
  undefined,
  "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
  "0b6f3c1e-2d4a-4f8b-9c1d-5e6f7a8b9c0d",
  "",
  "not-a-uuid",
  "%00",
  "x".repeat(3000),
);

/** A value for a key, shaped by its name so that enough inputs get past the schema to reach the code. */
function valueFor(key: string): fc.Arbitrary<unknown> {
  if (/Ids$/.test(key)) return fc.oneof(fc.array(ids, { maxLength: 4 }), anything);
  if (/(^id|Id)$/.test(key)) return fc.oneof(ids, ids, anything);
  if (/[dD]ate$|^from$|^to$/.test(key)) return fc.oneof(dates, dates, anything);
  if (/year|month/i.test(key)) return fc.oneof(years, fc.integer({ min: -2, max: 14 }), anything);
  return anything;
}

/** The keys of a procedure's input object, read from its zod schema (none when it takes no object). */
function inputKeys(path: string): string[] {
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)[
    path
  ];
  const keys = new Set<string>();
  for (const schema of procedure?._def.inputs ?? []) {
    let s = schema as { shape?: object; unwrap?: () => unknown; def?: { innerType?: unknown } };
    for (let i = 0; i < 3 && !s.shape; i++) s = (s.unwrap?.() ?? s.def?.innerType ?? s) as typeof s;
    for (const k of Object.keys(s.shape ?? {})) keys.add(k);
  }
  return [...keys];
}

function inputFor(path: string): fc.Arbitrary<unknown> {
  const keys = inputKeys(path);
  if (keys.length === 0) return fc.oneof(fc.constant(undefined), anything);
  const record = fc.record(Object.fromEntries(keys.map((k) => [k, valueFor(k)])), { requiredKeys: [] });
  return fc.oneof({ weight: 5, arbitrary: record }, { weight: 1, arbitrary: anything });
}

function kindOf(path: string): "query" | "mutation" {
  return (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[path]?._def
    .type === "query"
    ? "query"
    : "mutation";
}

describe("fuzz: no input makes a 5xx", () => {
  let app: FastifyInstance;
  const routes: { method: string; url: string }[] = [];
  const cookies: Record<string, string> = {};

  // Per test, on its own transaction (PGlite has one connection: the root is busy with it).
  beforeEach(async () => {
    routes.length = 0;
    app = await serverOn(t.trx, {}, (r) => {
      for (const method of [r.method].flat()) routes.push({ method, url: r.url });
    });
    cookies.admin = await cookieFor(app, "snv.admin");
    cookies.clerk = await cookieFor(app, "ubnd.bienhoa");
    // The unit's head: the only caller that gets past authorization into responses.approve / sendBack.
    cookies.head = await cookieFor(app, "ld.bienhoa");
    cookies.anonymous = "";
  });

  it("every tRPC procedure, every caller", { timeout: 600_000 }, async () => {
    for (const path of procedurePaths()) {
      const kind = kindOf(path);
      await fc.assert(
        fc.asyncProperty(
          inputFor(path),
          fc.constantFrom("admin", "clerk", "head", "anonymous"),
          idempotencyKeys,
          async (input, who, key) => {
            const envelope = input === undefined ? undefined : JSON.stringify({ json: input });
            const res = await app.inject(
              kind === "query"
                ? {
                    method: "GET",
                    url: `/trpc/${path}${envelope ? `?input=${encodeURIComponent(envelope)}` : ""}`,
                    headers: { cookie: cookies[who] ?? "" },
                  }
                : {
                    method: "POST",
                    url: `/trpc/${path}`,
                    headers: {
                      cookie: cookies[who] ?? "",
                      "content-type": "application/json",
                      ...(key === undefined ? {} : { "idempotency-key": key }),
                    },
                    payload: envelope ?? "{}",
                  },
            );
            expect(
              res.statusCode,
              `${who} ${path} ${envelope?.slice(0, 300)} → ${res.body.slice(0, 300)}`,
            ).toBeLessThan(500);
            // No JavaScript internals in the message a client shows (tests run with dev stacks on).
            const body = JSON.parse(res.body) as { error?: { json?: { message?: string } } };
            expect(body.error?.json?.message ?? "").not.toMatch(
              /\bat [\w.<>]+ \(|node_modules|TypeError|SyntaxError|Unexpected token/,
            );
          },
        ),
        { numRuns: RUNS, endOnFailure: true, seed: 284 },
      );
    }
  });

  const segment = fc.constantFrom(
    "1",
    "0",
    "-1",
    "2147483648",
    "99999999999999999999",
    "abc",
    "%00",
    "%E0%A4%A",
    "1.5",
    "x".repeat(3000),
    "..%2F..%2Fetc",
  );
  const bodies = fc.constantFrom(
    {
      type: "multipart/form-data; boundary=xyz",
      body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\x89PNG',
    },
    { type: "multipart/form-data", body: "no boundary" },
    { type: "multipart/form-data; boundary=xyz", body: "--xyz--\r\n" },
    {
      type: "multipart/form-data; boundary=xyz",
      body: '--xyz\r\nContent-Disposition: form-data; name="inspectionId"\r\n\r\n2147483648\r\n--xyz--\r\n',
    },
    { type: "application/json", body: '{"json":' },
    { type: "application/json", body: '{"inspectionId":"1\\u0000"}' },
    { type: "application/octet-stream", body: "\x00\x01\x02" },
    { type: "text/plain", body: "" },
  );

  it("every HTTP route outside tRPC, every caller", { timeout: 300_000 }, async () => {
    const table = routes.filter(
      (r) => !r.url.startsWith("/trpc") && r.method !== "HEAD" && r.method !== "OPTIONS",
    );
    expect(table.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        "/files/evidence",
        "/files/evidence/:id",
        "/files/response-evidence",
        "/files/self-check-evidence",
        "/healthz",
      ]),
    );
    for (const route of table) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(segment, { minLength: 3, maxLength: 3 }),
          bodies,
          fc.constantFrom("admin", "clerk", "anonymous"),
          idempotencyKeys,
          async (segs, body, who, key) => {
            let i = 0;
            const url = route.url.replace(/:\w+|\*/g, () => segs[i++ % segs.length] as string);
            const res = await app.inject({
              method: route.method as "GET",
              url,
              headers: {
                cookie: cookies[who] ?? "",
                "content-type": body.type,
                ...(key === undefined ? {} : { "idempotency-key": key }),
              },
              ...(route.method === "GET" ? {} : { payload: body.body }),
            });
            expect(
              res.statusCode,
              `${who} ${route.method} ${url.slice(0, 200)} ${body.type} → ${res.body.slice(0, 300)}`,
            ).toBeLessThan(500);
          },
        ),
        { numRuns: RUNS, endOnFailure: true, seed: 284 },
      );
    }
  });
});
