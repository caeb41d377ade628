import { expect, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { docxText, download } from "./files";
import { signIn, snap } from "./helpers";

/**
 * Issue 11 §6, each body's own reports: Sở Tư pháp's inspector marks its field's report sent in the
 * portal with the signed file; Sở Nội vụ sees it among those that sent, downloads the same file under
 * its Vietnamese name, and sees a department that has not sent listed.
 */
const YEAR = 2023;
const FILE_NAME = "Báo cáo kiểm tra lĩnh vực tư pháp năm 2023.pdf";
const FILE = Buffer.from("%PDF-1.4\n% Báo cáo kết quả kiểm tra CCHC trong lĩnh vực tư pháp\n%%EOF\n");
const FIELD_REPORT = "Báo cáo kết quả kiểm tra trong lĩnh vực";

// The drafted report cites the year's issued plan: make sure it exists when this file runs alone.
test.beforeAll(async ({ baseURL }) => {
  const api = await apiAs(baseURL!, "snv.admin");
  const plan = (await api.query<{ year: number; status: string }[]>("plans.list")).find(
    (p) => p.year === YEAR,
  );
  if (!plan) await api.mutate("plans.create", { year: YEAR, template: "dong-nai-2023" });
  if (plan?.status !== "approved")
    await api.mutate("plans.approve", { year: YEAR, number: "284/KH-UBND", issuedDate: "2022-12-29" });
  await api.dispose();
});

async function pickYear(page: import("@playwright/test").Page) {
  await page.getByTestId("dossier-year").click();
  await page.getByRole("option", { name: String(YEAR), exact: true }).click();
}

test("a sector department marks its report sent with the file; Sở Nội vụ downloads it and sees who has not sent", async ({
  page,
  browser,
}) => {
  await signIn(page, "/portal/", "so.tuphap");
  // Its only work in the portal: the reports it owes.
  await expect(page).toHaveURL(/\/portal\/reports$/);
  await pickYear(page);
  const row = page.getByTestId("owed-report-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(FIELD_REPORT);
  await expect(row).toContainText("Sở Nội vụ (tổng hợp)");
  await expect(row).toContainText(`10/12/${YEAR}`);
  await expect(row).toContainText("Quá hạn");
  await snap(page, "owed-reports-portal");
  // The report itself comes out of the product: the draft drawn from the inspections it led (IV.3).
  const draft = await download(page, row.getByTestId("owed-report-draft"));
  expect(draft.name).toMatch(/\.docx$/);
  const draftText = await docxText(draft.bytes);
  expect(draftText).toContain(
    "Kết quả kiểm tra cải cách hành chính trong lĩnh vực tư pháp – hộ tịch năm 2023",
  );
  expect(draftText).toContain("SỞ TƯ PHÁP");

  await row.getByTestId("owed-report-mark").click();
  const modal = page.getByTestId("mark-sent-modal");
  await modal.locator('input[type="file"]').setInputFiles({
    name: "bao-cao.exe",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("MZ"),
  });
  await expect(modal).toContainText("Tệp báo cáo: chỉ nhận .pdf, .docx hoặc .xlsx");
  await modal.locator('input[type="file"]').setInputFiles({
    name: FILE_NAME,
    mimeType: "application/pdf",
    buffer: FILE,
  });
  await modal.getByTestId("report-note").fill("Công văn số 345/STP-TTr ngày 08/12/2023");
  await snap(page, "owed-reports-mark-sent");
  await modal.getByTestId("report-confirm-sent").click();
  await expect(page.getByText("Đã ghi nhận báo cáo đã gửi")).toBeVisible();
  await expect(row).toContainText("Đã gửi");
  await expect(row).not.toContainText("Quá hạn");
  await expect(row.getByTestId("owed-report-file")).toHaveText(FILE_NAME);
  await snap(page, "owed-reports-sent");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "/admin/report-duties", "snv.admin");
  await pickYear(admin);
  const summary = admin.getByTestId("report-duties-summary");
  await summary.getByText(FIELD_REPORT, { exact: true }).click();
  await expect(admin.getByText(`${FIELD_REPORT} – Năm ${YEAR}`)).toBeVisible();
  await expect(summary.getByRole("row").filter({ hasText: FIELD_REPORT })).toContainText("1/7");
  // Who has not sent: Sở Tài chính is listed, Sở Tư pháp no longer.
  const bodies = admin.getByTestId("report-duties-bodies");
  await expect(bodies).toContainText("Sở Tài chính");
  await expect(bodies).not.toContainText("Sở Tư pháp");
  await snap(admin, "owed-reports-admin-unsent");
  await admin.getByLabel("Chỉ cơ quan chưa gửi").uncheck();
  const sent = bodies.getByRole("row").filter({ hasText: "Sở Tư pháp" });
  await expect(sent).toContainText("Đã gửi");
  await sent.scrollIntoViewIfNeeded();
  await snap(admin, "owed-reports-admin-sent");
  const file = await download(admin, sent.getByTestId("report-duty-file"));
  expect(file.name).toBe(FILE_NAME);
  expect(file.bytes.equals(FILE)).toBe(true);
  // "Mark sent" only where the server's maySendFor holds: not on the departments' rows, on Sở Nội vụ's own.
  await expect(bodies.getByRole("button")).toHaveCount(0);
  await summary.getByText("Báo cáo kết quả kiểm tra CCHC", { exact: true }).first().click();
  // Its own row offers the button until it is sent (dossiers.spec, run before in the suite, sends it).
  const own = bodies.getByRole("row").filter({ hasText: "Sở Nội vụ" });
  await expect(
    own.getByRole("button", { name: "Đánh dấu đã gửi" }).or(own.getByText(/Đã gửi/)),
  ).toBeVisible();
  await snap(admin, "owed-reports-admin-own");
});
