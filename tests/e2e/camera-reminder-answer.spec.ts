import { expect, type Page, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { signIn, snap } from "./helpers";

/**
 * A camera reminder answered like a recommendation (issue 10 §7): a violation on a Biên Hòa counter →
 * ubnd.bienhoa answers with an evidence file → ld.bienhoa approves → camera.1 returns it with a comment
 * → answered again and approved → snv.admin accepts it in the camera app.
 */

// A real 1×1 PNG, the unit's "photo" of the remedy.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const NOTE = `Quầy vắng người ${Date.now() % 100000}`;

async function as(page: Page, path: string, username: string) {
  await page.context().clearCookies();
  await signIn(page, path, username);
}

/** The open reminder's modal in the portal, from its row (found by the review's note). */
async function openInPortal(page: Page) {
  const row = page.getByTestId("camera-reminders-row").filter({ hasText: NOTE });
  await expect(row).toBeVisible();
  await row.getByTestId("camera-reminder-open").click();
  return page.getByTestId("reminder-modal");
}

async function openInCamera(page: Page) {
  const row = page.getByTestId("reminders-table-row").filter({ hasText: NOTE });
  await expect(row).toBeVisible();
  await row.getByTestId("reminder-open").click();
  return page.getByTestId("reminder-modal");
}

test("a violation's reminder: the unit answers, its head approves, the reviewer returns, Sở Nội vụ accepts", async ({
  page,
  baseURL,
}) => {
  const reviewer = await apiAs(baseURL!, "camera.1");
  const counters = await reviewer.all<{ id: number; number: number; shopName: string }>("camera.counters");
  const counter = counters.find((c) => c.shopName === "Thành phố Biên Hòa")!;
  const saved = await reviewer.mutate<{ review: { id: number } }>("camera.saveReview", {
    clientId: crypto.randomUUID(),
    counterId: counter.id,
    watchedFrom: new Date(Date.now() - 20 * 60_000).toISOString(),
    watchedTo: new Date(Date.now() - 10 * 60_000).toISOString(),
    items: ["staff_absent"],
    severity: "minor",
    verdict: "violation",
    note: NOTE,
    snapshotIds: [],
  });
  await reviewer.dispose();
  expect(saved.review.id).toBeGreaterThan(0);

  // The clerk writes the answer, attaches a photo, saves and submits it to the head.
  await as(page, "/portal/camera-reminders", "ubnd.bienhoa");
  let modal = await openInPortal(page);
  await modal.getByTestId("reminder-response").fill("Đã nhắc nhở công chức, bố trí người trực thay khi vắng");
  await modal.getByTestId("reminder-step-save").click();
  await expect(modal.getByTestId("review-state")).toHaveAttribute("data-state", "draft");
  await modal
    .locator('input[type="file"]')
    .setInputFiles({ name: "nguoi-truc-thay.png", mimeType: "image/png", buffer: PNG });
  await expect(modal.getByTestId("reminder-file")).toHaveText("nguoi-truc-thay.png");
  await snap(page, "portal-reminder-answer-draft");
  await modal.getByTestId("reminder-step-submit").click();
  await expect(modal.getByTestId("review-state")).toHaveAttribute("data-state", "submitted");
  await expect(modal.getByTestId("reminder-step-save")).toHaveCount(0);

  // The head approves: it goes out to the province.
  await as(page, "/portal/camera-reminders", "ld.bienhoa");
  modal = await openInPortal(page);
  await snap(page, "portal-reminder-answer-head");
  await modal.getByTestId("reminder-step-approve").click();
  await expect(modal.getByTestId("review-state")).toHaveAttribute("data-state", "approved");

  // The reviewer returns it with a comment, from the camera app's reminders.
  await as(page, "/camera/reminders", "camera.1");
  modal = await openInCamera(page);
  await expect(modal).toContainText("Đã nhắc nhở công chức");
  await expect(modal.getByTestId("reminder-file")).toHaveText("nguoi-truc-thay.png");
  await modal.getByTestId("reminder-step-return").click();
  await expect(modal.getByTestId("reminder-comment")).toHaveAttribute("aria-invalid", "true");
  await expect(modal).toContainText("Ý kiến");
  await snap(page, "camera-reminder-return-empty-comment");
  await modal.getByTestId("reminder-comment").fill("Cần ảnh lịch trực thay có chữ ký lãnh đạo");
  await modal.getByTestId("reminder-step-return").click();
  await expect(modal.getByTestId("review-state")).toHaveAttribute("data-state", "returned");

  // Returned: the clerk sees the comment and answers again; the head approves again.
  await as(page, "/portal/camera-reminders", "ubnd.bienhoa");
  modal = await openInPortal(page);
  await expect(modal.getByTestId("reminder-comments")).toContainText("Cần ảnh lịch trực thay");
  await snap(page, "portal-reminder-answer-returned");
  await modal.getByTestId("reminder-response").fill("Đã lập lịch trực thay có chữ ký lãnh đạo, ảnh kèm theo");
  await modal.getByTestId("reminder-step-save").click();
  await expect(modal.getByTestId("reminder-step-submit")).toBeEnabled();
  await modal.getByTestId("reminder-step-submit").click();
  await expect(modal.getByTestId("review-state")).toHaveAttribute("data-state", "submitted");
  await as(page, "/portal/camera-reminders", "ld.bienhoa");
  modal = await openInPortal(page);
  await modal.getByTestId("reminder-step-approve").click();
  await expect(modal.getByTestId("review-state")).toHaveAttribute("data-state", "approved");

  // Sở Nội vụ accepts it in the camera app.
  await as(page, "/camera/reminders", "snv.admin");
  modal = await openInCamera(page);
  await snap(page, "camera-reminder-verify");
  await modal.getByTestId("reminder-step-accept").click();
  await expect(modal.getByTestId("review-state")).toHaveAttribute("data-state", "accepted");
  await snap(page, "camera-reminder-accepted");

  // The unit's list says so.
  await as(page, "/portal/camera-reminders", "ubnd.bienhoa");
  const row = page.getByTestId("camera-reminders-row").filter({ hasText: NOTE });
  await expect(row.getByTestId("review-state")).toHaveAttribute("data-state", "accepted");
});
