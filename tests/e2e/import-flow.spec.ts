import { expect, test } from "@playwright/test";
import { signIn, snap } from "./helpers";

/**
 * The admin app's one import flow (ImportFlow) on the two screens no other spec drives: a file with a
 * wrong row is previewed with that row's error, and nothing can be written.
 */
test.describe("import flow: preview with the errors, nothing written while any remains", () => {
  test("the unit catalogue: a row under an unknown parent is shown in red; no commit button", async ({
    page,
  }) => {
    await signIn(page, "/admin/units/import", "snv.admin");
    await page.getByTestId("import-file").click();
    await page.locator('input[type="file"]').setInputFiles({
      name: "danh-muc.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Mã,Tên,Loại,Mã cấp trên\n99991,Xã Thử Nghiệm,xa,00000\n"),
    });
    await page.getByTestId("import-preview-run").click();
    await expect(page.getByTestId("import-preview")).toHaveAttribute("data-ok", "false");
    await expect(page.getByTestId("import-row-error").first()).toBeVisible();
    await expect(page.getByTestId("import-blocked")).toContainText("Còn lỗi");
    await expect(page.getByTestId("import-commit")).toHaveCount(0);
    await snap(page, "import-flow-units-errors");
  });

  test("accounts: a row with an unknown role is named in words; no commit button", async ({ page }) => {
    await signIn(page, "/admin/accounts", "snv.admin");
    await page.getByTestId("account-import-file").click();
    await page
      .getByTestId("account-import")
      .locator('input[type="file"]')
      .setInputFiles({
        name: "tai-khoan.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          "Tên đăng nhập,Họ tên,Vai trò,Mã đơn vị,Mật khẩu tạm\nthu.nghiem,Người Thử,khong-co,731,TamThoi@2023x\n",
        ),
      });
    await page.getByTestId("account-import-preview-run").click();
    await expect(page.getByTestId("account-import-preview")).toHaveAttribute("data-ok", "false");
    await expect(page.getByTestId("account-import-problems")).toContainText("Dòng 2");
    await expect(page.getByTestId("account-import-commit")).toHaveCount(0);
    await snap(page, "import-flow-accounts-errors");
  });
});
