import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.PAR_DEMO_PASSWORD ?? "DongNai@2023";
const artifacts = join(import.meta.dirname, "..", "artifacts");
mkdirSync(artifacts, { recursive: true });

/** Saves a full-page screenshot under tests/artifacts/ (git-ignored) for a person to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

/** Signs in through the app's real login form. */
export async function signIn(page: Page, path: string, username: string): Promise<void> {
  await page.goto(path);
  const form = page.getByTestId("login-form");
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByTestId("login-form").waitFor({ state: "detached" });
}
