import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("a mutation whose answer is lost on the network is retried by the app with the same Idempotency-Key", async ({
  page,
}) => {
  const keys: (string | undefined)[] = [];
  let lose = true;
  await page.route("**/trpc/auth.login", async (route) => {
    keys.push(route.request().headers()["idempotency-key"]);
    if (lose) {
      lose = false;
      // The server does the work, but its answer never reaches the browser (a dropped connection).
      await route.fetch();
      await route.abort("connectionreset");
      return;
    }
    await route.continue();
  });
  await page.goto("/admin/");
  const form = page.getByTestId("login-form");
  await form.getByLabel("Tên đăng nhập").fill("snv.admin");
  await form.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("login-form")).toBeHidden();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(UUID);
  expect(keys[1]).toBe(keys[0]);
});
