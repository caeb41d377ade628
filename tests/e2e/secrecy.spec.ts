import { type Browser, expect, type Page, test } from "@playwright/test";
import { type Api, apiAs } from "./api-client";
import { signIn, snap } from "./helpers";

// R5 by every route, as users click: Sở Nội vụ plans a surprise inspection of Phường Trảng Dài; Biên
// Hòa's office sees nothing of it; Sở Tư pháp schedules its own inspection there on the same days and
// is accepted exactly as if there were no secret; Sở Nội vụ then finds the scheduling conflict in the
// calendar and resolves it. A 2024 plan keeps this spec apart from the 2023 walk-through.
test.describe.configure({ mode: "serial" });

const YEAR = 2024;
const UNIT = "Phường Trảng Dài";
const DAYS = { from: "12/06/2024", to: "13/06/2024" };

async function typeDate(page: Page, testId: string, ddmmyyyy: string) {
  const input = page.getByTestId(testId);
  await input.fill("");
  await input.fill(ddmmyyyy);
}

async function asUser(browser: Browser, path: string, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, path, username);
  return page;
}

/** Opens the create form on the 2024 plan with Trảng Dài and the shared days filled in. */
async function openCreate(page: Page) {
  await page.goto("/admin/inspections");
  await page.getByTestId("inspection-new").click();
  const form = page.getByTestId("inspection-create-form");
  const year = form.getByRole("combobox", { name: "Năm" });
  if ((await year.inputValue()) !== String(YEAR)) {
    await year.click();
    await page.getByRole("option", { name: String(YEAR), exact: true }).click();
  }
  await form.getByTestId("create-target-unit").fill("trang dai");
  await page
    .getByRole("option", { name: new RegExp(UNIT) })
    .first()
    .click();
  await typeDate(page, "create-start", DAYS.from);
  await typeDate(page, "create-end", DAYS.to);
  return form;
}

async function trangDaiIn(api: Api): Promise<unknown[]> {
  const list = await api.all<{ targetUnit: { name: string } }>("inspections.list", { year: YEAR });
  return list.filter((i) => i.targetUnit.name === UNIT);
}

test.describe("a secret surprise stays secret, and its clash is resolved out of sight", () => {
  test.beforeAll(async ({ baseURL }) => {
    const admin = await apiAs(baseURL!, "snv.admin");
    const plans = await admin.query<{ year: number }[]>("plans.list");
    if (!plans.some((p) => p.year === YEAR))
      await admin.mutate("plans.create", { year: YEAR, template: "dong-nai-2023" });
    await admin.dispose();
  });

  test("snv.admin creates and schedules a surprise inspection of Phường Trảng Dài", async ({ page }) => {
    await signIn(page, "/admin/inspections", "snv.admin");
    const form = await openCreate(page);
    await form.getByRole("radio", { name: "Kiểm tra đột xuất" }).check();
    await expect(form.getByTestId("create-notice")).toHaveCount(0);
    await form.getByTestId("create-submit").click();
    await expect(page.getByTestId("inspection-header")).toContainText(UNIT);
    await page.getByTestId("action-schedule").click();
    await page.getByTestId("step-submit").click();
    await expect(page.getByTestId("inspection-status")).toHaveAttribute("data-status", "scheduled");
    await snap(page, "secrecy-1-surprise-scheduled");
  });

  test("ubnd.bienhoa sees nothing of it: no list row, no calendar entry, no count", async ({
    browser,
    baseURL,
  }) => {
    const page = await asUser(browser, "/portal/", "ubnd.bienhoa");
    await expect(page.getByText(UNIT).first()).toBeVisible(); // its wards are listed…
    await expect(page.getByText("đột xuất", { exact: false })).toHaveCount(0); // …no inspection of them
    await snap(page, "secrecy-2-bienhoa-portal");
    const bienHoa = await apiAs(baseURL!, "ubnd.bienhoa");
    expect(await trangDaiIn(bienHoa)).toEqual([]);
    const june = await bienHoa.query<{ inspections: unknown[] }>("inspections.calendar", {
      year: YEAR,
      month: 6,
    });
    expect(june.inspections).toEqual([]);
    await bienHoa.dispose();
    await page.context().close();
  });

  test("so.tuphap schedules its own inspection there on the same days: no refusal, no warning", async ({
    browser,
  }) => {
    const page = await asUser(browser, "/admin/inspections", "so.tuphap");
    const form = await openCreate(page);
    await form.getByRole("radio", { name: "Kiểm tra theo kế hoạch" }).check();
    await typeDate(page, "create-notice", "03/06/2024");
    await expect(form.getByTestId("schedule-check")).toBeVisible();
    await expect(form.getByTestId("schedule-errors")).toHaveCount(0);
    await expect(form.getByTestId("schedule-warnings")).toHaveCount(0);
    await snap(page, "secrecy-3-tuphap-create");
    await form.getByTestId("create-submit").click();
    await expect(page.getByTestId("inspection-header")).toContainText(UNIT);
    await snap(page, "secrecy-4-tuphap-created");
    await page.context().close();
  });

  test("snv.admin sees the scheduling conflict on the calendar, with a badge, and resolves it", async ({
    page,
  }) => {
    await signIn(page, `/admin/calendar/${YEAR}/6`, "snv.admin");
    await expect(page.getByTestId("conflicts-nav-badge")).toHaveText("1");
    const panel = page.getByTestId("conflicts-panel");
    const row = panel.getByTestId("conflict-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Trùng ngày tại cùng đơn vị");
    await expect(row).toContainText(DAYS.from);
    await expect(row).toContainText("Sở Tư pháp");
    await expect(row).toContainText("Đột xuất");
    await snap(page, "secrecy-5-conflict");
    await row.getByRole("button", { name: "Xử lý" }).click();
    await page.getByTestId("resolve-conflict-save").click();
    await expect(page.getByTestId("resolve-conflict-note")).toHaveAttribute("aria-invalid", "true");
    await page.getByTestId("resolve-conflict-note").fill("Đã đề nghị Sở Tư pháp dời lịch sang tuần sau");
    await snap(page, "secrecy-6-resolve");
    await page.getByTestId("resolve-conflict-save").click();
    await expect(page.getByTestId("resolve-conflict-form")).toBeHidden();
    await expect(page.getByTestId("conflicts-nav-badge")).toHaveCount(0);
    await expect(page.getByTestId("conflicts-panel")).toHaveCount(0);
    await snap(page, "secrecy-7-resolved");
  });
});
