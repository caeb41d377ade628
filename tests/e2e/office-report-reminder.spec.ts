import { expect, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { signIn, snap } from "./helpers";

/**
 * Issue 11 §6 follow-up: Văn phòng UBND tỉnh's report on the TTHC-control inspections (plan IV.2) is
 * reminded to the accounts that send it. Its demo account vp.ubnd (province_office, bound to no unit)
 * used to see nothing: the reminder went to the office unit's inbox. Sở Nội vụ brings this year's due
 * date into the reminder week (saving reminds at once); vp.ubnd finds the reminder in the admin app's
 * inbox, opens it on the report's duties and marks the report sent.
 */
const TTHC_REPORT = "Báo cáo kết quả kiểm tra công tác kiểm soát TTHC";
const TITLE = "Nhắc hạn gửi báo cáo của Văn phòng UBND tỉnh";

/** Today in Việt Nam (UTC+7), as the server's reminder job counts days. */
const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

test("vp.ubnd finds its TTHC report reminder in the admin inbox, opens the report and marks it sent", async ({
  page,
  baseURL,
}) => {
  const today = vietnamToday();
  const year = Number(today.slice(0, 4));
  // Three days ahead, kept inside the year (the job reminds the current year's reports).
  const inThreeDays = new Date(Date.parse(`${today}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
  const dueDate = inThreeDays.startsWith(String(year)) ? inThreeDays : `${year}-12-31`;
  const [y, m, d] = dueDate.split("-");
  const shownDue = `${d}/${m}/${y}`;
  const admin = await apiAs(baseURL!, "snv.admin");
  await admin.mutate("reportDuties.saveDueDates", {
    year,
    dueDates: [{ kind: "tthc_control", period: "year", dueDate }],
  });
  await admin.dispose();

  await signIn(page, "/admin/", "vp.ubnd");
  await expect(page.getByTestId("notification-count")).toBeVisible();
  await page.getByTestId("notification-bell").click();
  await expect(page.getByRole("heading", { name: "Hộp thông báo" })).toBeVisible();
  const item = page.getByTestId("inbox-item").filter({ hasText: TITLE });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(
    `${TTHC_REPORT} – Năm ${year} (gửi Chủ tịch UBND tỉnh, Văn phòng Chính phủ)`,
  );
  await expect(item).toContainText("Văn phòng UBND tỉnh");
  await expect(item).toContainText(`Hạn: ${shownDue}`);
  await snap(page, "office-report-reminder-inbox");

  // Opened, it lands on this report's duties, where the office's own row has its button.
  await item.getByTestId("inbox-open").click();
  await expect(page).toHaveURL(/\/admin\/report-duties\?year=\d{4}&kind=tthc_control&period=year$/);
  await expect(page.getByText(`${TTHC_REPORT} – Năm ${year}`, { exact: true })).toBeVisible();
  const bodies = page.getByTestId("report-duties-bodies");
  const office = bodies.getByRole("row").filter({ hasText: "Văn phòng UBND tỉnh" });
  await expect(office).toContainText("Chưa gửi");
  await snap(page, "office-report-reminder-duties");
  await office.getByRole("button", { name: "Đánh dấu đã gửi" }).click();
  await expect(page.getByText("Đã ghi nhận báo cáo đã gửi")).toBeVisible();

  // Read now: the unread list no longer holds it.
  await page.getByTestId("notification-bell").click();
  await expect(page.getByRole("heading", { name: "Hộp thông báo" })).toBeVisible();
  await expect(page.getByTestId("inbox-item").filter({ hasText: TITLE })).toHaveCount(0);
});
