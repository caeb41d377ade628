import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Page, test } from "@playwright/test";
import { dataSet, ensureNationalHead, national, WALKERS, type Walker } from "./walk-accounts";

/**
 * Walks every screen of the admin app, the portal and the camera monitor as the roles that use them,
 * recording each screen's API requests (tRPC, batched or not) and their times as the browser saw them
 * (request sent → last byte, on this machine: the server's time plus loopback). Writes
 * artifacts/walk-<data set>.json and a screenshot per screen in artifacts/<data set>/; walk-table.mjs
 * turns two walks into the table of docs/benchmarks.md.
 */
interface ApiCall {
  name: string;
  status: number;
  ms: number;
  /** When the browser sent it, ms after the screen was opened. */
  sentAt: number;
}
interface ScreenResult {
  role: string;
  app: string;
  screen: string;
  path: string;
  calls: ApiCall[];
  slowestMs: number;
  totalMs: number;
}

const artifacts = join(import.meta.dirname, "..", "artifacts");
const shots = join(artifacts, dataSet);
mkdirSync(shots, { recursive: true });
const results: ScreenResult[] = [];

test.beforeAll(async () => {
  if (national && process.env.WALK_DATABASE_URL) await ensureNationalHead(process.env.WALK_DATABASE_URL);
});

test.afterAll(() => {
  writeFileSync(join(artifacts, `walk-${dataSet}.json`), `${JSON.stringify(results, null, 1)}\n`);
});

/** Records the tRPC requests of the page from now until it has been quiet for `quietMs`. */
function recorder(page: Page) {
  let calls: (ApiCall & { end: number })[] = [];
  let openedAt = Date.now();
  let inflight = 0;
  let lastActivity = Date.now();
  // Every request counts as activity (a screen's lazy JS chunk loads before its API calls go out);
  // only the API's are recorded.
  // A camera's live stream (media) never ends: not activity.
  const counted = (r: import("@playwright/test").Request) =>
    ["document", "script", "stylesheet", "fetch", "xhr"].includes(r.resourceType());
  page.on("request", (r) => {
    if (!counted(r)) return;
    inflight++;
    lastActivity = Date.now();
  });
  const done = async (r: import("@playwright/test").Request) => {
    if (!counted(r)) return;
    inflight--;
    lastActivity = Date.now();
    if (!r.url().includes("/trpc/")) return;
    const timing = r.timing();
    const response = await r.response().catch(() => null);
    const name = decodeURIComponent(new URL(r.url()).pathname.replace(/^.*\/trpc\//, ""));
    calls.push({
      name,
      status: response?.status() ?? 0,
      ms: Math.round(timing.responseEnd - timing.requestStart),
      sentAt: Math.round(timing.startTime + timing.requestStart - openedAt),
      end: timing.startTime + timing.responseEnd,
    });
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return {
    start() {
      calls = [];
      lastActivity = Date.now();
      openedAt = Date.now();
      return openedAt;
    },
    async settle(quietMs = 1000, maxMs = 60_000) {
      const until = Date.now() + maxMs;
      while (Date.now() < until && (inflight > 0 || Date.now() - lastActivity < quietMs))
        await page.waitForTimeout(100);
      return calls;
    },
  };
}

async function signIn(page: Page, app: string, w: Walker) {
  await page.goto(`/${app}/`);
  const form = page.getByTestId("login-form");
  await form.getByLabel("Tên đăng nhập").fill(w.username);
  await form.getByLabel("Mật khẩu").fill(w.password);
  await form.getByRole("button", { name: "Đăng nhập" }).click();
  await form.waitFor({ state: "detached" });
}

/** A tRPC query through the signed-in page's cookies (to find an id a screen needs). */
async function query<T>(page: Page, path: string, input?: unknown): Promise<T | null> {
  const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const res = await page.request.get(`/trpc/${path}${q}`);
  if (!res.ok()) return null;
  return (await res.json()).result.data.json as T;
}

/** Where a pass starts: a screen that asks the API for nothing of its own, so the first screen walked is
 * opened as a link too (the portal's home is "/", which a reload would otherwise have loaded already). */
const START: Record<string, string> = { admin: "/reports", portal: "/units/0", camera: "/reports" };

/** Walks before the measured one: the first calls of a fresh server process pay for its warm-up. */
const PASSES = Number(process.env.WALK_PASSES ?? 2);

/**
 * Opens each screen as a link in the app would (history.pushState, which wouter follows). Each pass
 * starts from a reloaded app, so no screen finds its data in the previous pass's cache; only the
 * last pass is recorded.
 */
async function walk(page: Page, role: string, app: string, screens: [name: string, path: string][]) {
  const rec = recorder(page);
  for (let pass = 1; pass <= PASSES; pass++) {
    const last = pass === PASSES;
    await page.goto(`/${app}${START[app] ?? "/"}`);
    await rec.settle();
    for (const [screen, path] of screens) {
      const started = rec.start();
      // A string, evaluated in the page (this package compiles without the DOM's types).
      await page.evaluate(
        `history.pushState(null, "", ${JSON.stringify(`/${app}${path}`)}); dispatchEvent(new PopStateEvent("popstate"));`,
      );
      const calls = await rec.settle();
      if (!last) continue;
      const ends = calls.map((c) => c.end);
      results.push({
        role,
        app,
        screen,
        path,
        calls: calls.map(({ end: _end, ...c }) => c),
        slowestMs: Math.max(0, ...calls.map((c) => c.ms)),
        totalMs: ends.length > 0 ? Math.round(Math.max(...ends) - started) : 0,
      });
      await page.screenshot({ path: join(shots, `${app}-${role}-${screen}.png`) });
    }
  }
}

const year = new Date().getFullYear();

test("admin app: the province admin", async ({ page }) => {
  await signIn(page, "admin", WALKERS.admin!);
  const inspections = await query<{ items: { id: number }[] }>(page, "inspections.list", { year, limit: 1 });
  const roots = await query<{ items: { id: number }[] }>(page, "units.page", { rootsOnly: true, limit: 1 });
  await walk(page, "admin", "admin", [
    ["year", `/year/${year}`],
    ["units", "/units"],
    ["unit", `/units/${roots?.items[0]?.id ?? 1}`],
    ["inspections", "/inspections"],
    ["inspection", `/inspections/${inspections?.items[0]?.id ?? 1}`],
    ["calendar", "/calendar"],
    ["proposal", `/year/${year + 1}/proposal`],
    ["reports", "/reports"],
    ["responses", "/responses"],
    ["dossiers", "/dossiers"],
    ["report-duties", "/report-duties"],
    ["par-index", "/par-index"],
    ["accounts", "/accounts"],
    ["audit", "/audit"],
    ["restructure", "/units/restructure"],
  ]);
});

test("admin app: the leader and the sector inspector", async ({ browser }) => {
  for (const role of ["leader", "sector"] as const) {
    const page = await browser.newPage();
    await signIn(page, "admin", WALKERS[role]!);
    await walk(page, role, "admin", [
      ["year", `/year/${year}`],
      ["inspections", "/inspections"],
      ["calendar", "/calendar"],
      ["reports", "/reports"],
      ["par-index", "/par-index"],
    ]);
    await page.close();
  }
});

test("unit portal: district clerk and head, department clerk", async ({ browser }) => {
  for (const role of ["districtClerk", "districtHead", "departmentClerk"] as const) {
    const page = await browser.newPage();
    await signIn(page, "portal", WALKERS[role]!);
    const scope = await query<{ roots: { id: number }[] }>(page, "units.myScope");
    await walk(page, role, "portal", [
      ["home", "/"],
      ["my-unit", "/my-unit"],
      ["unit", `/units/${scope?.roots[0]?.id ?? 1}`],
      ["responses", "/responses"],
      ["camera-reminders", "/camera-reminders"],
      ["dossiers", "/dossiers"],
      ["province-inspections", "/province-inspections"],
      ["self-checks", "/self-checks"],
      ["par-index", "/par-index"],
      ["internal", "/internal"],
      ["reports", "/reports"],
      ["inbox", "/inbox"],
    ]);
    await page.close();
  }
});

test("camera monitor: the reviewer", async ({ page }) => {
  await signIn(page, "camera", WALKERS.camera!);
  const shops = await query<{ items: { id: number }[] }>(page, "units.oneStopShops", { limit: 1 });
  await walk(page, "camera", "camera", [
    ["worklist", "/worklist"],
    ["shops", "/shops"],
    ["shop", `/shops/${shops?.items[0]?.id ?? 1}`],
    ["reviews", "/reviews"],
    ["reminders", "/reminders"],
    ["reports", "/reports"],
    ["inbox", "/inbox"],
  ]);
});
