import { type Browser, expect, type Page, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { signIn, snap } from "./helpers";

/** The demo's 2022 concluded inspection of Huyện Xuân Lộc left this recommendation open. */
const REC = "Công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa cấp xã";

async function as(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, path, username);
  return page;
}

/** Xuân Lộc's only head account, disabled (and enabled again) by Sở Nội vụ through the accounts API. */
async function setHeadActive(baseURL: string, active: boolean) {
  const api = await apiAs(baseURL, "snv.admin");
  const page = await api.query<{ items: { id: number; username: string }[] }>("accounts.list", {
    query: "ld.xuanloc",
  });
  const head = page.items.find((a) => a.username === "ld.xuanloc")!;
  await api.mutate("accounts.setActive", { userId: head.id, active });
  await api.dispose();
}

test.describe("issue 9: a unit with no head account sends directly; the province's own inbox", () => {
  test("xuanloc has no head: its answer goes straight to Sở Nội vụ, whose inbox links to it in the queue", async ({
    browser,
    baseURL,
  }) => {
    await setHeadActive(baseURL!, false);
    try {
      const clerk = await as(browser, "ubnd.xuanloc", "/portal/responses");
      await clerk.getByTestId("responses-row").filter({ hasText: REC }).first().click();
      await expect(clerk.getByTestId("response-recommendation")).toHaveText(REC);
      // Warned before sending, and the button says where it goes.
      await expect(clerk.getByTestId("response-no-head")).toContainText("Đơn vị chưa có tài khoản lãnh đạo");
      await expect(clerk.getByTestId("response-submit")).toHaveText("Gửi thẳng Sở Nội vụ");
      await clerk
        .getByTestId("response-input")
        .fill("Đã niêm yết đầy đủ 215 thủ tục hành chính tại Bộ phận Một cửa của 14 xã, thị trấn.");
      await snap(clerk, "portal-responses-no-head");
      await clerk.getByTestId("response-submit").click();
      await expect(clerk.getByTestId("response-details").getByTestId("review-state")).toHaveText(
        "Đã gửi, chờ xác minh",
      );
      await expect(clerk.getByTestId("response-sent-directly")).toHaveText(
        "Đơn vị chưa có tài khoản lãnh đạo: gửi thẳng",
      );
      await snap(clerk, "portal-responses-sent-directly");

      // Sở Nội vụ's bell counts it; the inbox item opens the item in the verification queue.
      const admin = await as(browser, "snv.admin", "/admin/");
      await expect(admin.getByTestId("notification-count")).toBeVisible();
      await admin.getByTestId("notification-bell").click();
      await expect(admin.getByRole("heading", { name: "Hộp thông báo" })).toBeVisible();
      const item = admin
        .getByTestId("inbox-item")
        .filter({ hasText: "Đơn vị gửi kết quả khắc phục cần xác minh" })
        .filter({ hasText: REC });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText("Huyện Xuân Lộc");
      await snap(admin, "admin-inbox-province");
      await item.getByTestId("inbox-open").click();
      await expect(admin).toHaveURL(/\/admin\/responses\?open=\d+$/);
      await expect(admin.getByTestId("response-recommendation")).toHaveText(REC);
      await expect(admin.getByTestId("response-text")).toContainText("215 thủ tục hành chính");
      await expect(admin.getByTestId("response-sent-directly")).toBeVisible();
      await expect(admin.getByTestId("verify-accept")).toBeVisible();
      await snap(admin, "admin-verify-linked");

      // The unit itself never receives what is addressed to the province.
      await clerk.getByTestId("notification-bell").click();
      await expect(clerk.getByRole("heading", { name: "Hộp thông báo" })).toBeVisible();
      await expect(
        clerk.getByTestId("inbox-item").filter({ hasText: "Đơn vị gửi kết quả khắc phục cần xác minh" }),
      ).toHaveCount(0);
    } finally {
      await setHeadActive(baseURL!, true);
    }
  });
});
