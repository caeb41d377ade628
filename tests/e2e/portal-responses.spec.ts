import { type Browser, expect, type Page, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { TINY_PNG } from "./files";
import { signIn, snap } from "./helpers";

/** The demo's 2022 concluded inspection of Phường Phước Tân (Biên Hòa) left this recommendation open. */
const REC = "Cập nhật kết quả giải quyết thủ tục hành chính lên Cổng dịch vụ công đúng hạn";

async function as(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, path, username);
  return page;
}

async function openRec(page: Page, tab?: string) {
  if (tab) await page.locator(".mantine-SegmentedControl-label", { hasText: tab }).click();
  const row = page.getByTestId("responses-row").filter({ hasText: REC }).first();
  await row.click();
  await expect(page.getByTestId("response-recommendation")).toHaveText(REC);
}

test.describe("issue 9 §4–§5: answering a recommendation through the review loop", () => {
  test("bienhoa answers with evidence, the head approves, snv.admin returns it, bienhoa answers again, it is accepted", async ({
    browser,
    baseURL,
  }) => {
    // The clerk: draft, evidence, submit.
    const clerk = await as(browser, "ubnd.bienhoa", "/portal/responses");
    await expect(clerk.getByRole("heading", { name: "Trả lời kiến nghị sau kiểm tra" })).toBeVisible();
    await openRec(clerk);
    await expect(clerk.getByTestId("review-state").first()).toBeVisible();
    // Submitting an empty answer names the field in words, in Vietnamese first.
    await clerk.getByTestId("response-submit").click();
    await expect(clerk.getByTestId("response-error")).toContainText("Kết quả khắc phục");
    await expect(clerk.getByTestId("response-error")).not.toContainText("response:");
    await clerk.getByTestId("response-input").fill("Đã cập nhật đủ 120 hồ sơ hộ tịch năm 2022 lên phần mềm.");
    const chooser = clerk.waitForEvent("filechooser");
    await clerk.getByTestId("response-upload").click();
    await (await chooser).setFiles({ name: "so-ho-tich.png", mimeType: "image/png", buffer: TINY_PNG });
    await expect(clerk.getByTestId("response-evidence-file")).toHaveText("so-ho-tich.png");
    await snap(clerk, "portal-responses-draft");
    await clerk.getByTestId("response-submit").click();
    await expect(clerk.getByTestId("response-details").getByTestId("review-state")).toHaveText(
      "Chờ lãnh đạo duyệt",
    );
    await expect(clerk.getByTestId("response-locked")).toBeVisible();
    await expect(clerk.getByTestId("response-input")).toHaveCount(0);
    await snap(clerk, "portal-responses-submitted");

    // Until the head signs, the answer is the unit's: the admin app offers no verification (issue 9 §5).
    const api = await apiAs(baseURL!, "snv.admin");
    const rec = (
      await api.all<{ text: string; inspectionId: number }>("recommendations.list", { year: 2022 })
    ).find((r) => r.text === REC)!;
    await api.dispose();
    const followUp = await as(browser, "snv.admin", `/admin/inspections/${rec.inspectionId}`);
    const followUpRow = followUp.getByTestId("follow-up-row").filter({ hasText: REC });
    await expect(followUpRow.getByTestId("verify-waiting")).toHaveText("Đơn vị chưa gửi câu trả lời");
    await expect(followUpRow.getByTestId("verify-open")).toHaveCount(0);
    await expect(followUpRow).not.toContainText("120 hồ sơ");
    await followUpRow.scrollIntoViewIfNeeded();
    await snap(followUp, "verify-waits-for-unit");

    // The head signs.
    const head = await as(browser, "ld.bienhoa", "/portal/responses");
    await openRec(head);
    await expect(head.getByTestId("response-text")).toContainText("120 hồ sơ");
    await snap(head, "portal-responses-head");
    await head.getByTestId("head-approve").click();
    await expect(head.getByTestId("response-details").getByTestId("review-state")).toHaveText(
      "Đã gửi, chờ xác minh",
    );
    // Once it has gone out, the province may verify it.
    await followUp.reload();
    await expect(followUpRow.getByTestId("verify-open")).toBeVisible();

    // Home Affairs returns it with a comment.
    const admin = await as(browser, "snv.admin", "/admin/responses");
    await openRec(admin);
    await expect(admin.getByTestId("response-evidence-file")).toHaveText("so-ho-tich.png");
    await admin.getByTestId("verify-return").click();
    await expect(admin.getByTestId("verify-response-error")).toContainText("Ý kiến");
    await admin.getByTestId("verify-comment").fill("Cần bổ sung ảnh chụp màn hình phần mềm hộ tịch");
    await snap(admin, "admin-verify-responses");
    await admin.getByTestId("verify-return").click();
    await expect(admin.getByTestId("response-details").getByTestId("review-state")).toHaveText("Bị trả lại");

    // The clerk reads the comment and answers again.
    await clerk.reload();
    await openRec(clerk);
    await expect(clerk.getByTestId("response-comments")).toContainText("Cần bổ sung ảnh chụp màn hình");
    await snap(clerk, "portal-responses-returned");
    await clerk.getByTestId("response-input").fill("Đã bổ sung ảnh chụp màn hình phần mềm hộ tịch.");
    await clerk.getByTestId("response-submit").click();
    await expect(clerk.getByTestId("response-details").getByTestId("review-state")).toHaveText(
      "Chờ lãnh đạo duyệt",
    );

    await head.reload();
    await openRec(head);
    await head.getByTestId("head-approve").click();
    await expect(head.getByTestId("response-details").getByTestId("review-state")).toHaveText(
      "Đã gửi, chờ xác minh",
    );

    await admin.reload();
    await openRec(admin);
    await expect(admin.getByTestId("response-text")).toContainText("Đã bổ sung ảnh chụp");
    await admin.getByTestId("verify-accept").click();
    await expect(admin.getByTestId("response-details").getByTestId("review-state")).toHaveText(
      "Đã chấp nhận",
    );
    await openRec(admin, "Đã chấp nhận");
    await snap(admin, "admin-verify-accepted");

    // Accepted: the clerk sees it among all, locked.
    await clerk.reload();
    await openRec(clerk, "Tất cả");
    await expect(clerk.getByTestId("response-details").getByTestId("review-state")).toHaveText(
      "Đã chấp nhận",
    );
    await expect(clerk.getByTestId("response-input")).toHaveCount(0);

    // The inbox (issue 9 §8): the return and the acceptance reached the unit, counted on the bell.
    await expect(clerk.getByTestId("notification-count")).toBeVisible();
    await clerk.getByTestId("notification-bell").click();
    await expect(clerk.getByRole("heading", { name: "Hộp thông báo" })).toBeVisible();
    const inbox = clerk.getByTestId("inbox-item");
    await expect(inbox.filter({ hasText: "Hồ sơ bị trả lại" }).filter({ hasText: REC })).toHaveCount(1);
    await expect(inbox.filter({ hasText: "Hồ sơ đã được chấp nhận" }).filter({ hasText: REC })).toHaveCount(
      1,
    );
    await snap(clerk, "portal-inbox");
    await clerk.getByTestId("inbox-mark-all").click();
    await expect(clerk.getByTestId("notification-count")).toHaveCount(0);
    await expect(clerk.getByTestId("inbox-empty")).toBeVisible();
  });
});
