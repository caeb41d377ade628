import { type ChildProcess, spawn } from "node:child_process";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_MAX_FAILURES_PER_USERNAME } from "../src/auth/session-policy";
import { loadEnv } from "../src/env";
import { API_DIR } from "../src/paths";
import { DEMO_USERS } from "../src/seed/demo-users";
import { DEMO_PASSWORD } from "./helpers/callers";

/**
 * Two API processes behind one address, sharing one PostgreSQL database: a round-robin proxy in front,
 * as a load balancer would be. Both start at once on an empty database (migrations and the demo seed
 * race), then sessions, sign-in limits and sign-out must hold whichever process answers.
 */
const url = loadEnv().databaseUrl;
const dbName = `par_mp_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const servers: ChildProcess[] = [];
const ports: number[] = [];
let proxy: Server;
let base = "";
const answeredBy: number[] = [];

function dbUrl() {
  const u = new URL(url as string);
  u.pathname = `/${dbName}`;
  return u.toString();
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: dbUrl(),
      PAR_DEMO: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  servers.push(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited ${child.exitCode}: ${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on ${port} did not start: ${output}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Round robin, one request each in turn, like a load balancer without stickiness. */
function startProxy(): Promise<Server> {
  let next = 0;
  const server = createServer((req, res) => {
    const port = ports[next++ % ports.length] as number;
    answeredBy.push(port);
    const upstream = request(
      { host: "127.0.0.1", port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const login = (username: string, password: string) =>
  fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username, password } }),
  });

/** Who auth.me says the cookie belongs to (null: not signed in). */
async function whoAmI(cookie: string): Promise<string | null> {
  const res = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { result: { data: { json: { username: string } | null } } };
  return body.result.data.json?.username ?? null;
}

describe.skipIf(!url)("two API processes on one PostgreSQL database", () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    ports.push(await freePort(), await freePort());
    // Both at once on the empty database: migrations and the seed must not trip over each other.
    await Promise.all(ports.map(startServer));
    proxy = await startProxy();
    base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) s.kill("SIGTERM");
    await Promise.all(
      servers.map((s) => new Promise((r) => (s.exitCode !== null ? r(null) : s.once("exit", r)))),
    );
    if (proxy) await new Promise((r) => proxy.close(r));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName}`);
    await admin.end();
  });

  it("seeds the demo province once although both processes started on the empty database", async () => {
    const c = new pg.Client({ connectionString: dbUrl() });
    await c.connect();
    const { rows } = await c.query(
      "select count(*)::int as n, count(distinct code)::int as d from org_units",
    );
    const users = await c.query("select count(*)::int as n from users");
    await c.end();
    expect(rows[0]).toEqual({ n: 507, d: 507 });
    expect(users.rows[0].n).toBe(DEMO_USERS.length); // each demo account once
  });

  it("a session made by one process is honoured by the other, and a sign-out ends it on both", async () => {
    const res = await login("snv.admin", DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const cookie = String(res.headers.get("set-cookie")).split(";")[0] as string;
    answeredBy.length = 0;
    for (let i = 0; i < 4; i++) expect(await whoAmI(cookie)).toBe("snv.admin");
    expect(new Set(answeredBy)).toEqual(new Set(ports));

    const out = await fetch(`${base}/trpc/auth.logout`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ json: null }),
    });
    expect(out.status).toBe(200);
    for (let i = 0; i < 2; i++) expect(await whoAmI(cookie)).toBeNull();
  });

  it("the sign-in limit counts failures on both processes together", async () => {
    answeredBy.length = 0;
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++)
      expect((await login("ubnd.xuanloc", "wrong-password")).status).toBe(401);
    expect(new Set(answeredBy)).toEqual(new Set(ports));
    // The right password is refused now, by whichever process answers.
    for (let i = 0; i < 2; i++) expect((await login("ubnd.xuanloc", DEMO_PASSWORD)).status).toBe(429);
  });

  it("a change written through one process reaches the answers the other keeps (read cache)", async () => {
    const res = await login("snv.admin", DEMO_PASSWORD);
    const cookie = String(res.headers.get("set-cookie")).split(";")[0] as string;
    const c = new pg.Client({ connectionString: dbUrl() });
    await c.connect();
    const { rows } = await c.query("select id from org_units where code = 'SNV'");
    await c.end();
    const id = rows[0].id as number;
    const nameSeen = async () => {
      const r = await fetch(
        `${base}/trpc/units.get?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`,
        { headers: { cookie } },
      );
      return ((await r.json()) as { result: { data: { json: { unit: { name: string } } } } }).result.data.json
        .unit.name;
    };
    answeredBy.length = 0;
    const before = await nameSeen();
    for (let i = 0; i < 3; i++) expect(await nameSeen()).toBe(before);
    expect(new Set(answeredBy)).toEqual(new Set(ports));
    const renamed = await fetch(`${base}/trpc/units.update`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ json: { id, name: "Sở Nội vụ tỉnh Đồng Nai (đổi tên)" } }),
    });
    expect(renamed.status).toBe(200);
    // The other process hears the change when it commits: within moments, never after its cache time.
    const seen: string[] = [];
    for (let i = 0; i < 40 && seen.filter((n) => n !== before).length < 2; i++) {
      seen.push(await nameSeen());
      if (seen.at(-1) === before) await new Promise((r) => setTimeout(r, 25));
    }
    expect(seen.slice(-2)).toEqual([
      "Sở Nội vụ tỉnh Đồng Nai (đổi tên)",
      "Sở Nội vụ tỉnh Đồng Nai (đổi tên)",
    ]);
  });
});
