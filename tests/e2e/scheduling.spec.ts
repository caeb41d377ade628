import { expect, type Page, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { signIn, snap } from "./helpers";

// Sở Nội vụ plans 2024 (a year no other spec touches): accepts a proposal that leaves the commune tier
// short (and is told so), sees the picks spread over the month, is warned of a second visit of its own,
// then applies the 2025 department mergers while the server runs and sees the 2026 quota follow them.
test.describe.configure({ mode: "serial" });

const YEAR = 2024;

async function typeDate(page: Page, testId: string, ddmmyyyy: string) {
  const input = page.getByTestId(testId);
  await input.fill("");
  await input.fill(ddmmyyyy);
}

test.describe("scheduling and restructuring", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, `/admin/year/${YEAR}`, "snv.admin");
  });

  test("accepting a proposal with a shortfall names it; the picks are spread over the month's days", async ({
    page,
  }) => {
    await page.getByTestId("plan-create-form").waitFor();
    await page.getByTestId("plan-create-submit").click();
    await expect(page.getByTestId("coverage-tier-commune")).toHaveAttribute("data-required", "34");
    await page.goto(`/admin/year/${YEAR}/proposal`);
    await page.getByTestId("proposal-run").click();
    const communes = page.getByTestId("proposal-tier-commune");
    await expect(communes.getByTestId("proposal-pick").first()).toBeVisible();
    // The province's own body is never proposed to itself.
    await expect(page.getByTestId("proposal-tier-agency")).not.toContainText("Sở Nội vụ");
    for (let i = 0; i < 3; i++) await communes.getByTestId("proposal-pick-remove").first().click();
    await page.getByTestId("proposal-accept").click();
    const modal = page.getByRole("dialog");
    await expect(modal.getByTestId("proposal-shortfall-commune")).toHaveText(
      "UBND cấp xã còn thiếu 3 đơn vị so với chỉ tiêu 34",
    );
    await snap(page, "scheduling-shortfall-confirm");
    await modal.getByTestId("proposal-shortfall-confirm").click();
    await expect(page.getByTestId("calendar-page")).toBeVisible();
    const daysWithChips = page
      .locator('[data-testid^="calendar-day-"]')
      .filter({ has: page.getByTestId("calendar-chip") });
    await expect(daysWithChips.first()).toBeVisible();
    expect(await daysWithChips.count()).toBeGreaterThan(2);
    await snap(page, "scheduling-spread-calendar");
  });

  test("a second inspection of a unit by Sở Nội vụ in the same year is warned in the create form", async ({
    page,
    baseURL,
  }) => {
    const api = await apiAs(baseURL!, "snv.admin");
    const rows = await api.all<{
      startDate: string;
      targetUnit: { name: string; code: string; kind: string };
    }>("inspections.list", { year: YEAR });
    await api.dispose();
    const first = rows.find((r) => r.targetUnit.kind === "commune" && !r.startDate.startsWith(`${YEAR}-11`));
    expect(first).toBeTruthy();
    await page.goto("/admin/inspections");
    await page.getByTestId("inspection-new").click();
    const form = page.getByTestId("inspection-create-form");
    await form.getByTestId("create-target-unit").fill(first!.targetUnit.name);
    // The option reads "name (kind · code)": the code tells communes of the same name apart.
    await page
      .getByRole("option", { name: new RegExp(`\\b${first!.targetUnit.code}\\b`) })
      .first()
      .click();
    await typeDate(page, "create-start", `12/11/${YEAR}`);
    await typeDate(page, "create-end", `13/11/${YEAR}`);
    await typeDate(page, "create-notice", `01/11/${YEAR}`);
    const warnings = form.getByTestId("schedule-warnings");
    await expect(warnings).toContainText("Sở Nội vụ đã có cuộc kiểm tra đơn vị này trong năm 2024");
    await snap(page, "scheduling-repeat-warning");
  });

  test("applies the 2025 department mergers while the server runs; a 2026 plan counts 16 departments", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/admin/units");
    await page.getByTestId("restructure-link").click();
    await page.getByTestId("restructure-shipped-preview-dong-nai-2025-03-departments").click();
    const preview = page.getByTestId("restructure-preview");
    await expect(preview).toHaveAttribute("data-ok", "true");
    await expect(page.getByTestId("restructure-count-successions")).toHaveAttribute("data-value", "6");
    await expect(page.getByTestId("restructure-successions")).toContainText("Sở Nông nghiệp và Môi trường");
    await snap(page, "restructure-preview");
    page.once("dialog", (d) => void d.accept());
    await page.getByTestId("restructure-apply").click();
    await expect(page.getByTestId("restructure-preview")).toHaveCount(0);
    await expect(page.getByTestId("restructure-shipped-preview-dong-nai-2025-03-departments")).toHaveText(
      "Đã áp dụng",
    );
    await snap(page, "restructure-applied");

    // Sở Tài chính now carries Sở Kế hoạch và Đầu tư's history.
    const api = await apiAs(baseURL!, "snv.admin");
    const stc = (await api.all<{ id: number; code: string }>("units.page", { query: "so tai chinh" })).find(
      (u) => u.code === "STC",
    );
    await api.dispose();
    await page.goto(`/admin/units/${stc!.id}`);
    await expect(page.getByTestId("unit-lineage")).toContainText("Sở Kế hoạch và Đầu tư");
    await snap(page, "restructure-successor-detail");

    await page.goto("/admin/year/2026");
    await page.getByTestId("plan-create-form").waitFor();
    await page.getByTestId("plan-create-submit").click();
    const agency = page.getByTestId("coverage-tier-agency");
    await expect(agency).toHaveAttribute("data-required", "7");
    await expect(agency).toHaveAttribute("data-eligible", "16");
    await snap(page, "restructure-2026-quota");
  });

  test("an uploaded restructuring table is checked row by row; a rename typed in the form is applied", async ({
    page,
  }) => {
    await page.goto("/admin/units/restructure");
    const upload = async (csv: string) => {
      const chooser = page.waitForEvent("filechooser");
      await page.getByTestId("restructure-file").click();
      await (await chooser).setFiles({ name: "sap-xep.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByTestId("restructure-file-preview").click();
    };
    await page.getByTestId("restructure-effective-date").fill("01/01/2026");
    // Sở Kế hoạch và Đầu tư ended on 28/02/2025; "gộp" is no operation.
    await upload("Thao tác,Mã nguồn,Mã đích,Tên đích\nsáp nhập,SKHDT,STC,\ngộp,SYT,SCT,\n");
    const problems = page.getByTestId("restructure-problems");
    await expect(problems).toContainText('Dòng 2 – Mã nguồn: "Sở Kế hoạch và Đầu tư" đã kết thúc');
    await expect(problems).toContainText('Dòng 3 – Thao tác: không rõ thao tác "gộp"');
    await expect(page.getByTestId("restructure-apply")).toBeDisabled();
    await snap(page, "restructure-upload-errors");
    // The same check for a restructuring typed in the form: a rename.
    await page.getByTestId("restructure-form-op-0").selectOption("rename");
    await page.getByTestId("restructure-form-sourceCode-0").fill("SNGV");
    await page.getByTestId("restructure-form-targetName-0").fill("Sở Ngoại vụ tỉnh Đồng Nai");
    await page.getByTestId("restructure-form-date").fill("01/01/2026");
    await page.getByTestId("restructure-form-preview").click();
    await expect(page.getByTestId("restructure-count-renames")).toHaveAttribute("data-value", "1");
    page.once("dialog", (d) => void d.accept());
    await page.getByTestId("restructure-apply").click();
    await expect(page.getByTestId("restructure-preview")).toHaveCount(0);
  });
});
