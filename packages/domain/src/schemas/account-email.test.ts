import { describe, expect, it } from "vitest";
import { AccountEmail, CreateAccountInput } from "./account-schemas";

describe("an account's optional e-mail address", () => {
  it("empty or absent is none; an address is kept trimmed and lower-cased", () => {
    expect(AccountEmail.parse(undefined)).toBeNull();
    expect(AccountEmail.parse("")).toBeNull();
    expect(AccountEmail.parse("  Ten.CanBo@DongNai.gov.vn ")).toBe("ten.canbo@dongnai.gov.vn");
  });

  it("a bad address is refused naming the field in words, Vietnamese first", () => {
    const r = CreateAccountInput.safeParse({
      username: "ubnd.test",
      displayName: "Thử",
      role: "unit_officer",
      unitId: 1,
      password: "MatKhau2023x",
      email: "khong-phai-thu",
    });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path).toEqual(["email"]);
    expect(issue.message).toMatch(/^Thư điện tử không hợp lệ.* \/ E-mail address is invalid/);
  });
});
