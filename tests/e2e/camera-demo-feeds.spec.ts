import { expect, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { signIn, snap } from "./helpers";

/** Every demo counter plays live video (issue 10 §3), not only the first few. */
test("every demo counter serves a live playlist, and Xuân Lộc's shop grid plays", async ({
  page,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, "camera.1");
  const counters = await api.all<{ id: number; shopName: string; shopUnitId: number }>("camera.counters");
  expect(counters.length).toBe(8);
  for (const c of counters) {
    await expect
      .poll(
        async () => {
          const res = await api.ctx.get(`/files/camera/live/${c.id}/index.m3u8`);
          return res.status() === 200 && (await res.text()).includes("seg_");
        },
        { message: `${c.shopName} counter ${c.id}`, timeout: 30_000 },
      )
      .toBe(true);
  }
  await api.dispose();

  // Xuân Lộc's counters are the last seeded: before, they had no video.
  const xuanLoc = counters.find((c) => c.shopName === "Huyện Xuân Lộc")!;
  await signIn(page, `/camera/shops/${xuanLoc.shopUnitId}`, "camera.1");
  for (const c of counters.filter((x) => x.shopUnitId === xuanLoc.shopUnitId))
    await expect(page.getByTestId(`player-${c.id}`)).toHaveAttribute("data-state", "playing", {
      timeout: 30_000,
    });
  await snap(page, "camera-xuanloc-grid-live");
});
