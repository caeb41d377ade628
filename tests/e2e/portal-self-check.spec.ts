import { expect, type Page, test } from "@playwright/test";
import { apiAs } from "./api-client";
import { docxText, download, TINY_PNG } from "./files";
import { signIn, snap } from "./helpers";

/** A ward of Biên Hòa no other spec inspects: its announced visit gets a self-check report. */
const WARD = "Xã Long Hưng";

async function newPage(
  browser: import("@playwright/test").Browser,
  username: string,
  path: string,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, path, username);
  return page;
}

test.describe("issue 9 §3: the self-check report before an announced visit", () => {
  test("bienhoa rates every item with evidence or a justification, the head approves, the team sees it beside its findings and accepts it", async ({
    browser,
    baseURL,
  }) => {
    const api = await apiAs(baseURL!, "snv.admin");
    if (!(await api.query<{ year: number }[]>("plans.list")).some((p) => p.year === 2023)) {
      await api.mutate("plans.create", { year: 2023, template: "dong-nai-2023" });
      await api.mutate("plans.approve", { year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" });
    }
    const plan = (await api.query<{ id: number; year: number }[]>("plans.list")).find(
      (p) => p.year === 2023,
    )!;
    const ward = (await api.all<{ id: number; name: string }>("units.page", { query: WARD })).find(
      (u) => u.name === WARD,
    )!;
    const created = await api.mutate<{ inspection: { id: number } }>("inspections.create", {
      planId: plan.id,
      targetUnitId: ward.id,
      form: "announced",
      areas: ["1"],
      startDate: "2023-11-20",
      endDate: "2023-11-20",
      noticeDate: "2023-11-10",
    });
    const id = created.inspection.id;
    await api.mutate("inspections.schedule", { id });
    await api.mutate("inspections.notify", { id, noticeDate: "2023-11-10" });
    await api.dispose();

    const clerk = await newPage(browser, "ubnd.bienhoa", "/portal/self-checks");
    await expect(clerk.getByRole("heading", { name: "Báo cáo tự kiểm tra theo đề cương" })).toBeVisible();
    await expect(clerk.getByTestId("self-checks-row").filter({ hasText: WARD })).toContainText("20/11/2023");
    await snap(clerk, "portal-self-checks");
    await clerk.getByTestId("self-checks-row").filter({ hasText: WARD }).click();
    const items = clerk.getByTestId("self-check-item");
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    // Submitting with nothing rated: the message names what is missing, in words.
    await clerk.getByTestId("self-check-submit").click();
    await expect(clerk.getByTestId("self-check-error")).toContainText(
      "Đánh giá: còn nội dung chưa tự đánh giá",
    );
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      await item.getByText("Đạt", { exact: true }).click();
      if (i > 0) await item.getByTestId("self-check-justification").fill("Đã ban hành và niêm yết đầy đủ");
    }
    const chooser = clerk.waitForEvent("filechooser");
    await items.first().getByTestId("self-check-upload").click();
    await (await chooser).setFiles({ name: "ke-hoach-cchc.png", mimeType: "image/png", buffer: TINY_PNG });
    await expect(items.first().getByTestId("self-check-file")).toHaveText("ke-hoach-cchc.png");
    await snap(clerk, "portal-self-check-form");
    await clerk.getByTestId("self-check-submit").click();
    await expect(clerk.getByTestId("self-check-table")).toBeVisible();
    await expect(clerk.getByTestId("review-state").first()).toHaveText("Chờ lãnh đạo duyệt");

    const head = await newPage(browser, "ld.bienhoa", `/portal/self-checks/${id}`);
    await expect(head.getByTestId("self-check-row")).toHaveCount(count);
    await snap(head, "portal-self-check-head");
    await head.getByTestId("self-check-approve").click();
    await expect(head.getByTestId("review-state").first()).toHaveText("Đã gửi, chờ xác minh");

    const team = await newPage(browser, "snv.admin", `/admin/inspections/${id}`);
    await team.getByTestId("tab-checklist").click();
    const panel = team.getByTestId("self-check-panel");
    await expect(panel.getByTestId("self-check-row")).toHaveCount(count);
    await expect(panel.getByTestId("self-check-rating").first()).toHaveText("Đạt");
    await expect(panel).toContainText("ke-hoach-cchc.png");
    await expect(panel).toContainText("Đoàn kiểm tra đánh giá");
    await snap(team, "admin-self-check-panel");
    await panel.getByTestId("self-check-accept").click();
    await expect(panel.getByTestId("review-state")).toHaveText("Đã chấp nhận");

    // The unit downloads the notice of its inspection from the portal, and reads it.
    await clerk.goto("/portal/province-inspections");
    await clerk.getByTestId("province-inspections-row").filter({ hasText: WARD }).click();
    const notice = await download(clerk, clerk.getByTestId("doc-notice"));
    expect(await docxText(notice.bytes)).toContain("kiểm tra cải cách hành chính tại UBND xã Long Hưng");
    await snap(clerk, "portal-province-inspections");
  });
});
