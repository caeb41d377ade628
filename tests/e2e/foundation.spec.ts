import { expect, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { DEMO_PASSWORD, signIn, snap } from "./helpers";

test.describe("sign-in and the first screen of each app", () => {
  test("admin: the unit register, diacritic-free search, vi → en", async ({ page }) => {
    await page.goto("/admin/");
    await expect(page.getByTestId("login-form")).toBeVisible();
    await snap(page, "admin-login");
    await signIn(page, "/admin/units", "snv.admin");
    await expect(page.getByTestId("unit-tree")).toBeVisible();
    const counts = page.getByTestId("tier-counts");
    await expect(counts).toContainText("21");
    await expect(counts).toContainText("11");
    await expect(counts).toContainText("170");
    await page.getByTestId("search-box").fill("bien hoa");
    await expect(page.getByTestId("unit-tree")).toContainText("Thành phố Biên Hòa");
    await snap(page, "admin-units-search");
    await page.getByTestId("language-switch").getByText("EN").click();
    await expect(page.locator("body")).toContainText("Log out");
    await snap(page, "admin-units-en");
  });

  test("admin: a wrong password is refused with one clear message", async ({ page }) => {
    await page.goto("/admin/");
    const form = page.getByTestId("login-form");
    await form.getByLabel("Tên đăng nhập").fill("snv.admin");
    await form.getByLabel("Mật khẩu").fill(`${DEMO_PASSWORD}x`);
    await form.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByTestId("login-error")).toContainText("Tên đăng nhập hoặc mật khẩu không đúng");
    await snap(page, "admin-login-error");
  });

  test("unit portal: Biên Hòa sees its subtree and is refused another unit's URL", async ({
    page,
    baseURL,
  }) => {
    await signIn(page, "/portal/my-unit", "ubnd.bienhoa");
    const mine = page.getByTestId("my-unit");
    await expect(mine).toContainText("Thành phố Biên Hòa");
    await expect(mine).toContainText("Phòng Nội vụ");
    await expect(mine).toContainText("Phường Trảng Dài");
    await expect(mine).not.toContainText("Long Khánh");
    await snap(page, "portal-my-unit");

    const admin = await apiAs(baseURL!, "snv.admin");
    const longKhanh = (
      await admin.all<{ id: number; name: string }>("units.page", { query: "long khanh", kind: "district" })
    )[0];
    await admin.dispose();
    expect(longKhanh?.name).toBe("Thành phố Long Khánh");
    await page.goto(`/portal/units/${longKhanh!.id}`);
    await expect(page.getByTestId("forbidden-notice")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Long Khánh");
    await snap(page, "portal-forbidden");

    await page.goto("/portal/");
    await page.getByTestId("language-switch").getByText("EN").click();
    await expect(page.locator("body")).toContainText("Log out");
    await snap(page, "portal-en");
  });

  test("camera monitor: the reviewer's one-stop shops, vi → en", async ({ page }) => {
    await signIn(page, "/camera/", "camera.1");
    // 213 shops come a page at a time: the first page holds the agencies and Biên Hòa's first wards.
    await expect(page.getByTestId("shop-list")).toContainText("Sở Nội vụ");
    await page.getByLabel("Tìm Bộ phận Một cửa").fill("trang dai");
    await expect(page.getByTestId("shop-list")).toContainText("Phường Trảng Dài");
    await snap(page, "camera-shops");
    await page.getByTestId("language-switch").getByText("EN").click();
    await expect(page.locator("body")).toContainText("Log out");
    await snap(page, "camera-en");
  });

  test("a unit officer has no access to the admin app", async ({ page }) => {
    await signIn(page, "/admin/", "ubnd.xuanloc");
    await expect(page.getByTestId("no-access")).toBeVisible();
    await snap(page, "admin-no-access");
  });
});
