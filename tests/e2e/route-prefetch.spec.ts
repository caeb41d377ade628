import { expect, type Page, type Request, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

/**
 * Screens load their code lazily; RoutePrefetch (packages/ui) fetches the likely next screens' code
 * before the click: the navbar's while the browser is idle after the first screen, any link's when a
 * pointer rests on it. Here: the click finds its code already there, so the screen waits only for its
 * data. The chunk times printed are what a first visit would otherwise wait for (docs/benchmarks.md).
 */
function scripts(page: Page) {
  const seen: { url: string; ms: number }[] = [];
  page.on("requestfinished", (r: Request) => {
    if (r.resourceType() !== "script") return;
    const t = r.timing();
    seen.push({ url: r.url(), ms: Math.round(t.responseEnd - t.requestStart) });
  });
  return {
    seen,
    named: (part: string) => seen.filter((s) => s.url.includes(`/assets/${part}-`)),
  };
}

test("portal: the navbar's screens are fetched while idle; opening one loads no code", async ({ page }) => {
  const log = scripts(page);
  await signIn(page, "/portal/", "ubnd.bienhoa");
  // Idle prefetch, one navbar link at a time after the first screen has settled.
  await expect.poll(() => log.named("dossiers-page").length, { timeout: 20_000 }).toBe(1);
  await expect.poll(() => log.named("owed-reports-page").length, { timeout: 20_000 }).toBe(1);
  console.log(
    `prefetched chunks (ms each): ${log.seen.map((s) => `${s.url.split("/").pop()} ${s.ms}`).join(", ")}`,
  );
  const before = log.seen.length;
  const started = Date.now();
  await page.getByRole("link", { name: "Thống kê hồ sơ TTHC" }).click();
  await expect(page.getByRole("heading", { name: /hồ sơ/i }).first()).toBeVisible();
  console.log(`dossiers screen shown ${Date.now() - started} ms after the click`);
  // No script at all was needed for the screen, and its chunk was fetched once.
  expect(log.seen.slice(before)).toEqual([]);
  expect(log.named("dossiers-page")).toHaveLength(1);
  await snap(page, "route-prefetch-portal-dossiers");
});

test("camera monitor: a counter's screen is fetched when the pointer rests on its link", async ({ page }) => {
  const log = scripts(page);
  await signIn(page, "/camera/worklist", "camera.1");
  const draw = page.getByTestId("draw-sample");
  await expect(page.getByTestId("sample-seed").or(draw)).toBeVisible();
  if (await draw.isVisible()) await draw.click();
  const link = page.locator('a[href^="/camera/counters/"]').first();
  await expect(link).toBeVisible();
  // Not in the navbar: nothing fetched it yet.
  expect(log.named("counter-page")).toHaveLength(0);
  await link.hover();
  await expect.poll(() => log.named("counter-page").length).toBe(1);
  const before = log.seen.length;
  await link.click();
  await expect(page).toHaveURL(/\/camera\/counters\/\d+/);
  await expect(page.locator('[data-testid^="player-"]').first()).toBeVisible();
  expect(log.seen.slice(before).filter((s) => s.url.includes("counter-page"))).toEqual([]);
});
