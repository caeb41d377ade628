import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { type Api, apiAs } from "./api-client";
import { signIn, snap } from "./helpers";

// R6 and R10 as a Sở Nội vụ officer meets them: earlier conclusions of other bodies imported from Excel,
// the 2023 proposal saying why it picks a unit, area 5 rated per recommendation, and closing an
// inspection that still has open recommendations. The steps share the server's state: in order.
test.describe.configure({ mode: "serial" });

// A commune with no demo history and not yet in the 2023 plan (other specs may have planned some).
const CANDIDATES = ["Xã Xuân Thọ", "Xã Xuân Trường", "Xã Suối Cao", "Xã Xuân Hưng", "Xã Xuân Tâm"];
let unit = { id: 0, code: "", name: "" };
const RECS = ["Niêm yết đầy đủ thủ tục hành chính tại Bộ phận Một cửa", "Cập nhật sổ theo dõi hồ sơ"];
let inspectionId = 0;

/** The workbook an officer fills from the sample: Thanh tra tỉnh's 2016 conclusion, two open recommendations. */
async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Kết luận trước đây");
  sheet.addRow([
    "Mã đơn vị",
    "Cơ quan kết luận",
    "Loại cơ quan",
    "Số kết luận",
    "Ngày kết luận",
    "Nội dung kết luận",
    "Kiến nghị",
    "Hạn khắc phục",
    "Tình trạng",
  ]);
  // A real date cell, as Excel stores it, and a text date: both are read as dd/mm/yyyy.
  sheet.addRow([
    unit.code,
    "Thanh tra tỉnh Đồng Nai",
    "Thanh tra",
    "15/KL-TTr",
    new Date(Date.UTC(2016, 10, 15)),
    "Thanh tra công vụ",
    RECS[0],
    "31/03/2017",
    "Chưa khắc phục",
  ]);
  sheet.addRow([
    unit.code,
    "Thanh tra tỉnh Đồng Nai",
    "Thanh tra",
    "15/KL-TTr",
    "15/11/2016",
    "",
    RECS[1],
    "30/06/2017",
    "Chưa khắc phục",
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function pickUnit(api: Api): Promise<typeof unit> {
  const planned = new Set(
    (await api.all<{ targetUnit: { id: number } }>("inspections.list", { year: 2023 })).map(
      (i) => i.targetUnit.id,
    ),
  );
  for (const name of CANDIDATES) {
    const found = (await api.all<typeof unit>("units.page", { query: name })).find((u) => u.name === name);
    if (found && !planned.has(found.id)) return { id: found.id, code: found.code, name: found.name };
  }
  throw new Error("no candidate commune left outside the 2023 plan");
}

test.describe("history of a unit: earlier conclusions, proposal reasons, area 5, closing", () => {
  test.beforeAll(async ({ baseURL }) => {
    const api = await apiAs(baseURL!, "snv.admin");
    const plans = await api.query<{ year: number }[]>("plans.list");
    if (!plans.some((p) => p.year === 2023))
      await api.mutate("plans.create", { year: 2023, template: "dong-nai-2023" });
    unit = await pickUnit(api);
    await api.dispose();
  });

  test.beforeEach(async ({ page }) => {
    await signIn(page, "/admin/units", "snv.admin");
  });

  test("imports an earlier-conclusions workbook: preview, then all of it", async ({ page }) => {
    await page.getByTestId("earlier-import-link").click();
    await expect(
      page.getByRole("heading", { name: "Nhập kết luận kiểm tra, thanh tra trước đây" }),
    ).toBeVisible();
    const chooser = page.waitForEvent("filechooser");
    await page.getByTestId("earlier-import-file").click();
    await (await chooser).setFiles({
      name: "ket-luan-truoc-day.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await workbook(),
    });
    await page.getByTestId("earlier-import-preview-run").click();
    await expect(page.getByTestId("earlier-import-preview")).toHaveAttribute("data-ok", "true");
    const table = page.getByTestId("earlier-import-table");
    await expect(table).toContainText(unit.name);
    await expect(table).toContainText("15/11/2016");
    await expect(table).toContainText(RECS[1]!);
    await snap(page, "history-import-preview");
    page.once("dialog", (d) => void d.accept());
    await page.getByTestId("earlier-import-commit").click();
    await expect(page.getByTestId("earlier-import-result")).toContainText("Đã ghi 1 kết luận, 2 kiến nghị");
  });

  test("the 2023 proposal ranks the unit first and says why: overdue recommendations, focus fields", async ({
    page,
  }) => {
    await page.goto("/admin/year/2023/proposal");
    await page.getByTestId("proposal-run").click();
    // A pick, or the top of the reserve when another spec has already filled the communes' quota.
    const row = page.locator(`[data-unit-id="${unit.id}"]`).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText("chưa được kiểm tra từ 2016");
    await expect(row).toContainText("2 kiến nghị quá hạn khắc phục");
    await expect(row).toContainText(
      "lĩnh vực trọng tâm: đất đai, đăng ký kinh doanh, tư pháp – hộ tịch, xây dựng",
    );
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "artifacts/history-proposal-reasons.png" });
  });

  test("an inspection of the unit rates area 5 per recommendation", async ({ page }) => {
    const api = await apiAs(new URL(page.url()).origin, "snv.admin");
    const plan = await api.query<{ id: number }>("plans.get", { year: 2023 });
    const created = await api.mutate<{ inspection: { id: number } }>("inspections.create", {
      planId: plan.id,
      targetUnitId: unit.id,
      form: "announced",
      areas: ["4"],
      startDate: "2023-06-12",
      endDate: "2023-06-13",
      noticeDate: "2023-06-02",
    });
    inspectionId = created.inspection.id;
    await api.mutate("teams.set", {
      inspectionId,
      members: [{ name: "Nguyễn Văn An", body: "Sở Nội vụ", role: "leader" }],
    });
    for (const step of ["schedule", "notify", "start"])
      await api.mutate(`inspections.${step}`, { id: inspectionId });
    await api.dispose();

    await page.goto(`/admin/inspections/${inspectionId}`);
    await page.getByTestId("tab-checklist").click();
    const area5 = page.getByTestId("checklist-area-5");
    await expect(area5.getByTestId("earlier-recommendations")).toContainText("(2)");
    const items = area5.locator('[data-testid^="checklist-item-5."]');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText(RECS[0]!);
    await expect(items.first()).toContainText("Thanh tra tỉnh Đồng Nai");
    await expect(items.nth(1)).toContainText("Hạn khắc phục 30/06/2017");
    for (const [i, rating, note] of [
      [0, "Đạt", "Đã niêm yết đủ 142 thủ tục"],
      [1, "Chưa đạt", "Sổ theo dõi chưa cập nhật từ tháng 3"],
    ] as const) {
      const item = items.nth(i);
      await item.getByTestId("finding-rating").getByText(rating, { exact: true }).click();
      await item.getByTestId("finding-note").fill(note);
      await item.getByTestId("finding-save").click();
      await expect(item).not.toHaveAttribute("data-rated", "");
    }
    await expect(items.nth(1)).toHaveAttribute("data-rated", "chua_dat");
    await expect(page.getByTestId("checklist-progress")).toContainText("2/3");
    await area5.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "artifacts/history-area5.png" });
  });

  test("closing lists the open recommendations carried into area 5 of the next inspection", async ({
    page,
  }) => {
    const api = await apiAs(new URL(page.url()).origin, "snv.admin");
    await api.mutate("inspections.recordFinding", {
      inspectionId,
      itemCode: "4",
      rating: "co_ton_tai",
      note: "",
    });
    await api.mutate("inspections.conclude", {
      inspectionId,
      number: "31/TB-SNV",
      date: "2023-06-20",
      summary: "UBND xã thực hiện cơ bản đầy đủ nhiệm vụ cải cách hành chính.",
      recommendations: [{ text: "Cập nhật sổ theo dõi hồ sơ hằng tháng", deadline: "2023-09-30" }],
    });
    await api.dispose();

    await page.goto(`/admin/inspections/${inspectionId}`);
    await page.getByTestId("action-close").click();
    const carried = page.getByTestId("close-carry-forward");
    await expect(carried).toContainText(
      "1 kiến nghị chưa khắc phục sẽ được chuyển vào nội dung 5 của cuộc kiểm tra tiếp theo tại đơn vị",
    );
    await expect(carried).toContainText("Cập nhật sổ theo dõi hồ sơ hằng tháng");
    await expect(carried).toContainText("30/09/2023");
    await page.screenshot({ path: "artifacts/history-close-confirm.png" });
    await page.getByTestId("step-submit").click();
    await expect(page.getByTestId("step-confirm")).toBeHidden();
    await expect(page.getByTestId("inspection-status")).toHaveAttribute("data-status", "closed");
  });
});
