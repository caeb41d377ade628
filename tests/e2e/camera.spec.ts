import { expect, type Page, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { download, xlsxText } from "./files";
import { signIn, snap } from "./helpers";

/**
 * The camera monitor as a reviewer uses it (issue 10): live demo video, a review recorded with the
 * keyboard and a snapshot, reviews written while the network is cut that arrive once when it is back,
 * the violation as a reminder to the unit, and the monthly Excel.
 */

interface Counter {
  id: number;
  shopUnitId: number;
  number: number;
  name: string;
  online: boolean;
}
interface Review {
  id: number;
  clientId: string;
  items: string[];
  snapshotIds: string[];
  verdict: string;
}

async function bienHoaCounter(baseURL: string): Promise<Counter> {
  const api = await apiAs(baseURL, "camera.1");
  const counters = await api.all<Counter & { shopName: string }>("camera.counters");
  // Biên Hòa's first counter is among the demo counters that get live video.
  return counters.find((c) => c.shopName === "Thành phố Biên Hòa" && c.number === 1)!;
}

async function reviews(baseURL: string): Promise<Review[]> {
  const api = await apiAs(baseURL, "camera.1");
  return api.all<Review>("camera.reviews");
}

async function waitOutboxEmpty(page: Page) {
  await expect(page.getByTestId("outbox-waiting")).toHaveCount(0, { timeout: 30_000 });
}

test.describe("camera monitor", () => {
  // In order: the report reads back the reviews the earlier tests saved.
  test.describe.configure({ mode: "serial" });
  test("a demo feed plays live: the player reaches playing and its time advances", async ({
    page,
    baseURL,
  }) => {
    const counter = await bienHoaCounter(baseURL!);
    await signIn(page, `/camera/shops/${counter.shopUnitId}`, "camera.1");
    await expect(page.getByTestId("counter-grid")).toBeVisible();
    await expect(page.getByTestId(`player-${counter.id}`)).toHaveAttribute("data-state", "playing", {
      timeout: 30_000,
    });
    await snap(page, "camera-shop-grid");
    await page.getByTestId("counter-card").first().click();
    await expect(page).toHaveURL(new RegExp(`/camera/counters/${counter.id}$`));
    const player = page.getByTestId(`player-${counter.id}`);
    await expect(player).toHaveAttribute("data-state", "playing", { timeout: 30_000 });
    const t0 = await player
      .locator("video")
      .evaluate((v) => (v as unknown as { currentTime: number }).currentTime);
    await page.waitForTimeout(2_500);
    const t1 = await player
      .locator("video")
      .evaluate((v) => (v as unknown as { currentTime: number }).currentTime);
    expect(t1).toBeGreaterThan(t0 + 1);
    await snap(page, "camera-counter-live");
  });

  test("a review with two checklist items and a snapshot, by keyboard; the snapshot downloads", async ({
    page,
    baseURL,
  }) => {
    const counter = await bienHoaCounter(baseURL!);
    const before = (await reviews(baseURL!)).length;
    await signIn(page, `/camera/counters/${counter.id}`, "camera.1");
    await expect(page.getByTestId(`player-${counter.id}`)).toHaveAttribute("data-state", "playing", {
      timeout: 30_000,
    });
    await page.keyboard.press("3"); // personal phone use
    await page.keyboard.press("2"); // no card / uniform
    await expect(page.getByTestId("item-personal_phone")).toBeChecked();
    await page.keyboard.press("s");
    await expect(page.getByTestId("snapshot-thumb")).toHaveCount(1);
    await snap(page, "camera-review-form");
    await page.keyboard.press("r");
    await waitOutboxEmpty(page);
    await expect.poll(async () => (await reviews(baseURL!)).length, { timeout: 20_000 }).toBe(before + 1);
    const saved = (await reviews(baseURL!))[0]!;
    expect(saved.items).toEqual(["no_card_uniform", "personal_phone"]);
    expect(saved.verdict).toBe("violation");
    expect(saved.snapshotIds).toHaveLength(1);
    const file = await page.request.get(`/files/camera/snapshots/${saved.snapshotIds[0]}?download=1`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/jpeg");
    expect((await file.body()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    // The violation reaches Biên Hòa as a reminder (nhắc nhở) with its snapshot, readable by its clerk.
    const clerk = await apiAs(baseURL!, "ubnd.bienhoa");
    const reminders = await clerk.all<{ reviewId: number; snapshotUrls: string[] }>("camera.reminders");
    const reminder = reminders.find((r) => r.reviewId === saved.id)!;
    expect(reminder).toBeTruthy();
    expect((await clerk.ctx.get(reminder.snapshotUrls[0]!)).status()).toBe(200);
    const outside = await apiAs(baseURL!, "ubnd.xuanloc");
    expect(
      (await outside.all<{ reviewId: number }>("camera.reminders")).some((r) => r.reviewId === saved.id),
    ).toBe(false);

    // …and into Biên Hòa's portal inbox; opening it shows the reminder with its snapshot.
    await page.context().clearCookies();
    await signIn(page, "/portal/inbox", "ubnd.bienhoa");
    const item = page
      .getByTestId("inbox-item")
      .filter({ hasText: "Nhắc nhở qua camera giám sát" })
      .filter({ hasText: "Dùng điện thoại việc riêng" })
      .first();
    await expect(item).toBeVisible();
    await snap(page, "portal-inbox-camera-reminder");
    await item.getByTestId("inbox-open").click();
    await expect(page).toHaveURL(/\/portal\/camera-reminders/);
    const row = page
      .getByTestId("camera-reminders-row")
      .filter({ hasText: "Dùng điện thoại việc riêng" })
      .first();
    await expect(row).toBeVisible();
    await expect(row.getByTestId("camera-reminder-snapshot")).toHaveCount(1);
    await expect
      .poll(() =>
        row
          .getByTestId("camera-reminder-snapshot")
          .evaluate((i) => (i as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBeGreaterThan(0);
    await snap(page, "portal-camera-reminders");
  });

  test("network cut: two reviews wait in the browser and arrive once when it is back", async ({
    page,
    context,
    baseURL,
  }) => {
    const counter = await bienHoaCounter(baseURL!);
    await signIn(page, `/camera/counters/${counter.id}`, "camera.1");
    await expect(page.getByTestId("review-panel")).toBeVisible();
    const before = await reviews(baseURL!);
    await context.setOffline(true);
    await page.keyboard.press("5");
    await page.keyboard.press("r");
    await page.keyboard.press("6");
    await page.keyboard.press("r");
    await expect(page.getByTestId("outbox-waiting")).toContainText("2", { timeout: 10_000 });
    await snap(page, "camera-offline-outbox");
    expect((await reviews(baseURL!)).length).toBe(before.length);
    await context.setOffline(false);
    await waitOutboxEmpty(page);
    await expect
      .poll(async () => (await reviews(baseURL!)).length, { timeout: 30_000 })
      .toBe(before.length + 2);
    // Give any duplicate resend time to land, then check nothing arrived twice.
    await page.waitForTimeout(6_000);
    const after = await reviews(baseURL!);
    expect(after.length).toBe(before.length + 2);
    expect(new Set(after.map((r) => r.clientId)).size).toBe(after.length);
    expect(after.slice(0, 2).map((r) => r.items.join())).toEqual(["late_opening", "queue_waiting"]);
  });

  test("the worklist shows the day's sample with its published seed; the monthly Excel reads back", async ({
    page,
    baseURL,
  }) => {
    await signIn(page, "/camera/worklist", "camera.1");
    const draw = page.getByTestId("draw-sample");
    await expect(page.getByTestId("sample-seed").or(draw)).toBeVisible();
    if (await draw.isVisible()) await draw.click();
    await expect(page.getByTestId("sample-seed")).toBeVisible();
    await snap(page, "camera-worklist");

    await page.goto("/camera/reports");
    await expect(page.getByTestId("report-table")).toContainText("Thành phố Biên Hòa");
    await snap(page, "camera-report");
    const file = await download(page, page.getByTestId("report-xlsx"));
    expect(file.name).toMatch(/\.xlsx$/);
    const text = await xlsxText(file.bytes);
    expect(text).toContain("KẾT QUẢ GIÁM SÁT CAMERA BỘ PHẬN MỘT CỬA");
    expect(text).toMatch(/Thành phố Biên Hòa/);
    expect(text).toContain("Dùng điện thoại việc riêng");
    void baseURL;
  });
});
