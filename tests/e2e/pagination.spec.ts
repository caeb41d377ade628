import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

test.describe("long lists a page at a time", () => {
  test("admin register table: 50 rows, more on scroll and on Tải thêm, filters and sort on the server", async ({
    page,
  }) => {
    await signIn(page, "/admin/units", "snv.admin");
    await page.getByTestId("units-tab-table").click();
    const rows = page.getByTestId("unit-table-row");
    await expect(rows).toHaveCount(50);
    const count = page.getByTestId("unit-table-count");
    await expect(count).toContainText(/Đang hiện 50 \/ \d+ dòng/);
    const total = Number((await count.textContent())!.match(/\/ (\d+)/)![1]);
    expect(total).toBeGreaterThan(200);
    await snap(page, "admin-units-table");

    // Scrolling to the end of the table asks for the next page.
    await page.getByTestId("unit-table-scroll").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(rows).toHaveCount(100);
    // So does the button.
    await page.getByTestId("unit-table-more").click();
    await expect(rows).toHaveCount(150);
    await expect(count).toContainText(`Đang hiện 150 / ${total} dòng`);
    await snap(page, "admin-units-table-more");

    // A filter and a sort run on the server: communes by code, the total counts only them.
    await page.getByTestId("unit-table-tier").click();
    await page.getByRole("option", { name: "UBND cấp xã" }).click();
    await page.getByTestId("unit-table-sort").click();
    await page.getByRole("option", { name: "Theo mã" }).click();
    await expect(count).toContainText("Đang hiện 50 / 170 dòng");
    const codes = await rows.locator("td:first-child").allTextContents();
    expect(codes).toEqual([...codes].sort());
    await page.getByTestId("search-box").fill("trang dai");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Phường Trảng Dài");
    await rows.first().click();
    await expect(page).toHaveURL(/\/admin\/units\/\d+$/);
    await expect(page.getByTestId("unit-table-row").first()).toHaveAttribute("aria-selected", "true");
    await snap(page, "admin-units-table-filtered");
  });

  test("unit portal: the officer's units as a paged list, its own scope only", async ({ page }) => {
    await signIn(page, "/portal/my-unit", "ubnd.xuanloc");
    await page.getByTestId("units-tab-table").click();
    const rows = page.getByTestId("unit-table-row");
    const count = page.getByTestId("unit-table-count");
    await expect(count).toContainText(/Đang hiện \d+ \/ \d+ dòng/);
    const total = Number((await count.textContent())!.match(/\/ (\d+)/)![1]);
    expect(total).toBeGreaterThan(20);
    await expect(rows).toHaveCount(Math.min(total, 50));
    await page.getByTestId("search-box").fill("bien hoa");
    await expect(page.getByText("Không có dòng nào")).toBeVisible();
    await page.getByTestId("search-box").fill("xuan");
    await expect(rows.first()).toContainText("Xuân");
    await snap(page, "portal-units-table");
    await rows.first().click();
    await expect(page).toHaveURL(/\/portal\/units\/\d+$/);
  });

  test("audit log: unit names come with the rows; the unit filter searches the register on the server", async ({
    page,
  }) => {
    await signIn(page, "/admin/units", "snv.admin");
    // A change to Trảng Dài, so that the log has a row of that unit.
    await page.getByTestId("units-tab-table").click();
    await page.getByTestId("search-box").fill("trang dai");
    const found = page.getByTestId("unit-table-row");
    await expect(found).toHaveCount(1);
    await expect(found.first()).toContainText("Phường Trảng Dài");
    await found.first().click();
    await expect(page).toHaveURL(/\/admin\/units\/\d+$/);
    const id = Number(page.url().split("/").pop());
    const res = await page.request.post("/trpc/units.update", {
      data: { json: { id, name: "Phường Trảng Dài" } },
    });
    expect(res.ok()).toBe(true);

    await page.goto("/admin/audit");
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toBeVisible();
    const filter = page.getByTestId("audit-filter-unit");
    await filter.click();
    await filter.fill("trang dai");
    await page.getByRole("option", { name: "Phường Trảng Dài (Phường · 25993)" }).click();
    // Other specs of the same run may have changed Trảng Dài too: every row left is that unit's.
    await expect
      .poll(async () => {
        const texts = await rows.allTextContents();
        return texts.length > 0 && texts.every((t) => t.includes("Phường Trảng Dài"));
      })
      .toBe(true);
    await snap(page, "admin-audit-unit-filter");
  });
});
