import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

/**
 * A plan names its own year (session 6): the 2023 template serves 2023–2025, but a 2025 plan under it
 * is "… năm 2025" — in the template choice when it is created and in the plan's title after.
 */
test("the 2025 plan under the 2023 template is titled with 2025, from the choice to the plan", async ({
  page,
}) => {
  await signIn(page, "/admin/year/2025", "snv.admin");
  const createForm = page.getByTestId("plan-create-form");
  await expect(createForm.or(page.getByTestId("plan-summary"))).toBeVisible();
  if (await createForm.isVisible()) {
    const choice = createForm.getByRole("combobox");
    await expect(choice.locator("option:checked")).toHaveText(/năm 2025$/);
    await expect(createForm).not.toContainText("năm 2023");
    await snap(page, "plan-year-title-create-2025");
    await page.getByTestId("plan-create-submit").click();
  }
  const summary = page.getByTestId("plan-summary");
  await expect(summary).toContainText("kiểm soát thủ tục hành chính năm 2025");
  await expect(summary).not.toContainText("năm 2023");
  await snap(page, "plan-year-title-2025");
});
