import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

/**
 * Issue 9 §7 end to end: Sở Nội vụ grants an account for Huyện Xuân Lộc; the new user's first sign-in
 * must set its own password before anything else; then it sees its unit's subtree only.
 */
test("snv.admin creates an account; the new user must change the password, then sees only its unit", async ({
  page,
}) => {
  const username = `xl.vanthu${Date.now() % 100000}`;
  const temporary = "TamThoi2023x";
  const own = "XuanLoc#2024";

  await signIn(page, "/admin/accounts", "snv.admin");
  await expect(page.getByTestId("accounts-table")).toContainText("ubnd.xuanloc");
  await snap(page, "accounts-list");
  await page.getByTestId("account-create").click();
  const form = page.getByTestId("account-form");
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Họ tên").fill("Văn thư UBND huyện Xuân Lộc");
  // Cán bộ đơn vị is the default role; its unit is picked by typing, accents optional.
  await page.getByTestId("account-unit").fill("xuan loc");
  await page
    .getByRole("option", { name: /^Huyện Xuân Lộc/ })
    .first()
    .click();
  await form.getByLabel("Mật khẩu tạm").fill(temporary);
  await snap(page, "accounts-create");
  await form.getByRole("button", { name: "Cấp tài khoản" }).click();
  await expect(form).toBeHidden();
  const row = page.getByTestId("accounts-table").getByRole("row", { name: new RegExp(username) });
  await expect(row).toContainText("Chờ đổi mật khẩu");
  await expect(row).toContainText("Huyện Xuân Lộc");
  await page.getByTestId("logout").click();
  await expect(page.getByTestId("login-form")).toBeVisible();

  // The new user: the portal shows only the password form until it is changed.
  await page.goto("/portal/");
  const login = page.getByTestId("login-form");
  await login.getByLabel("Tên đăng nhập").fill(username);
  await login.getByLabel("Mật khẩu").fill(temporary);
  await login.getByRole("button", { name: "Đăng nhập" }).click();
  const forced = page.getByTestId("forced-password-change");
  await expect(forced).toContainText("Đặt mật khẩu mới");
  await snap(page, "accounts-forced-change");
  // The server refuses everything else meanwhile, whatever the screen shows.
  const refused = await page.request.get("/trpc/units.myScope");
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("Cần đổi mật khẩu trước khi tiếp tục");
  await forced.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await forced.locator('input[name="newPassword"]').fill(temporary);
  await forced.locator('input[name="repeatPassword"]').fill(temporary);
  await forced.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(forced).toContainText("Mật khẩu mới: phải khác mật khẩu hiện tại");
  await snap(page, "accounts-forced-change-error");
  await forced.locator('input[name="newPassword"]').fill(own);
  await forced.locator('input[name="repeatPassword"]').fill(own);
  await forced.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(forced).toBeHidden();

  // The portal opens on "Năm của tôi"; the user's units are one click away.
  await page.goto("/portal/my-unit");
  const mine = page.getByTestId("my-unit");
  await expect(mine).toContainText("Huyện Xuân Lộc");
  await expect(mine).not.toContainText("Thành phố Biên Hòa");
  await expect(mine).not.toContainText("Long Khánh");
  await snap(page, "accounts-new-user-portal");

  // The user's name in the header opens the password change, in every app.
  await page.getByTestId("user-menu").click();
  await expect(page.getByTestId("password-change-panel")).toContainText("Đổi mật khẩu");
  await expect(page.getByTestId("password-change-form")).toBeVisible();
  await snap(page, "accounts-user-menu-change-password");
});

test("the national reader reads the province shown in the header and manages no accounts", async ({
  page,
}) => {
  // The demo deployment holds one province: the header names it (a switcher appears with two or more).
  await signIn(page, "/admin/units", "bo.noivu");
  await expect(page.getByTestId("province-name")).toHaveText("Tỉnh Đồng Nai");
  // The register opens level by level; a search finds a unit below the province.
  await page.getByTestId("search-box").fill("bien hoa");
  await expect(page.getByTestId("unit-tree")).toContainText("Thành phố Biên Hòa");
  await expect(page.getByRole("link", { name: "Tài khoản" })).toHaveCount(0);
  await snap(page, "national-reader-units");
});
