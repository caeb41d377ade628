import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/db/create-db";
import { loadEnv } from "../src/env";
import { buildServer } from "../src/server";
import { DEMO_PASSWORD } from "./helpers/callers";
import { openTestDb } from "./helpers/test-db";

/** The HTTP layer through fastify's inject (no port): cookie, health, pages, headers, limits. */
let handle: DbHandle & { dropSchema?: () => Promise<void> };
let app: FastifyInstance;
let proxied: FastifyInstance;

const login = (server: FastifyInstance, headers: Record<string, string> = {}) =>
  server.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json", ...headers },
    payload: JSON.stringify({ json: { username: "snv.admin", password: DEMO_PASSWORD } }),
  });

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildServer({ handle, env: loadEnv({}) });
  proxied = await buildServer({ handle, env: loadEnv({ PAR_TRUST_PROXY: "1" }) });
});
afterAll(async () => {
  await app.close();
  await proxied.close();
  await handle.close();
  await handle.dropSchema?.();
});

describe("HTTP server", () => {
  it("sets an httpOnly, SameSite=Lax session cookie that authenticates later calls", async () => {
    const res = await login(app);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/^par_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await app.inject({ url: "/trpc/auth.me", headers: { cookie: cookie.split(";")[0]! } });
    expect(me.json().result.data.json.username).toBe("snv.admin");
  });

  it("marks the cookie Secure over HTTPS, trusting X-Forwarded-Proto only when configured", async () => {
    const untrusted = await login(app, { "x-forwarded-proto": "https" });
    expect(String(untrusted.headers["set-cookie"])).not.toMatch(/Secure/);
    const trusted = await login(proxied, { "x-forwarded-proto": "https" });
    expect(String(trusted.headers["set-cookie"])).toMatch(/Secure/);
  });

  it("answers a wrong password with 401 and the bilingual message, not a 500", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.50" },
      payload: JSON.stringify({ json: { username: "snv.admin", password: "nope" } }),
    });
    expect(res.statusCode).toBe(401);
    const body = res.json().error.json;
    expect(body.message).toBe("Tên đăng nhập hoặc mật khẩu không đúng / Wrong username or password");
    expect(body.data).toMatchObject({ code: "UNAUTHORIZED", domainCode: "AUTH.INVALID_CREDENTIALS" });
  });

  it("serves /healthz with the database kind, the landing page and security headers", async () => {
    const health = await app.inject({ url: "/healthz" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ ok: true, db: handle.kind });
    const landing = await app.inject({ url: "/" });
    expect(landing.statusCode).toBe(200);
    expect(landing.body).toContain('href="/admin/"');
    expect(landing.body).toContain('href="/portal/"');
    expect(landing.body).toContain('href="/camera/"');
    const csp = String(landing.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(landing.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("serves each app with a fallback to its index.html, or a 503 page when it is not built", async () => {
    for (const url of ["/admin/", "/portal/", "/camera/", "/admin/units/12", "/portal/x", "/camera/y?z=1"]) {
      const prefix = `/${url.split("/")[1]}/`;
      const res = await app.inject({ url });
      expect([200, 503], url).toContain(res.statusCode);
      expect(res.headers["content-type"]).toMatch(/text\/html/);
      if (res.statusCode === 503) expect(res.body).toContain("pnpm build");
      else expect(res.body).toMatch(/<script[^>]+src="\/(admin|portal|camera)\/assets\//);
      expect((await app.inject({ url: prefix.slice(0, -1) })).statusCode).toBe(301);
    }
    expect((await app.inject({ url: "/nothing-here" })).statusCode).toBe(404);
  });

  it("serves one favicon, linked from the landing page and each built app, so no page load meets a 404", async () => {
    const svg = await app.inject({ url: "/favicon.svg" });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Browsers ask for /favicon.ico unprompted where a page names no icon.
    const ico = await app.inject({ url: "/favicon.ico" });
    expect([ico.statusCode, ico.body]).toEqual([200, svg.body]);
    const link = '<link rel="icon" type="image/svg+xml" href="/favicon.svg"';
    expect((await app.inject({ url: "/" })).body).toContain(link);
    for (const url of ["/admin/", "/portal/", "/camera/"]) {
      const res = await app.inject({ url });
      if (res.statusCode === 200) expect(res.body, url).toContain(link);
    }
  });

  it("refuses a body over 1 MiB without a stack trace", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ json: { username: "x", password: "y".repeat(1_100_000) } }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});
