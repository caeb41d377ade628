import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLE_POLICIES } from "../access/roles";
import { ChangePasswordInput, CreateAccountInput } from "../schemas/account-schemas";
import { planAccountImport, roleOfCell } from "./account-import";
import { PROVINCE_GRANTABLE_ROLES, roleUnitProblem } from "./account-rules";
import { PASSWORD_MIN, passwordProblem } from "./password-policy";

const rec = (line: number, ...cells: string[]) => ({ line, cells });

describe("passwords (issue 9 §7)", () => {
  it("needs length, letters and digits, not the username, not the old one", () => {
    expect(passwordProblem("Ngan2024!x", { username: "ubnd.bienhoa" })).toBeNull();
    expect(passwordProblem("ngan2024", { username: "a" })?.vi).toMatch(/^Mật khẩu mới: từ 10/);
    expect(passwordProblem("khongcoso!!", { username: "a" })?.vi).toMatch(/chữ và số/);
    expect(passwordProblem("ubnd.bienhoa1", { username: "ubnd.bienhoa" })?.vi).toMatch(/tên đăng nhập/);
    expect(passwordProblem("DongNai@2023", { username: "x", previous: "DongNai@2023" })?.vi).toMatch(/khác/);
  });

  it("accepts any long enough mix of a letter and a digit not containing the username", () => {
    fc.assert(
      fc.property(fc.string({ minLength: PASSWORD_MIN, maxLength: 40 }), (s) => {
        const pw = `a1${s}`;
        const ok = passwordProblem(pw, { username: "\u0000none" }) === null;
        expect(ok).toBe(pw.length <= 200);
      }),
      { numRuns: 100 },
    );
  });

  it("schema messages name the field in words, both languages", () => {
    const r = ChangePasswordInput.safeParse({ currentPassword: "", newPassword: "x" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain("Mật khẩu hiện tại là bắt buộc / Current password is required");
    expect(messages.some((m) => m.startsWith("Mật khẩu mới: ít nhất 10 ký tự / New password"))).toBe(true);
  });
});

describe("roles a province grants", () => {
  it("every role but the national one; unit-bound roles need a unit, others none", () => {
    expect(PROVINCE_GRANTABLE_ROLES).not.toContain("national_reader");
    for (const role of PROVINCE_GRANTABLE_ROLES) {
      const needs = ROLE_POLICIES[role].needsUnit;
      expect(roleUnitProblem(role, needs ? 5 : null)).toBeNull();
      expect(roleUnitProblem(role, needs ? null : 5)).not.toBeNull();
    }
    expect(roleUnitProblem("national_reader", null)?.vi).toMatch(/^Vai trò:/);
    expect(
      CreateAccountInput.safeParse({ username: "ab", displayName: "x", role: "leader", password: "x" })
        .success,
    ).toBe(false);
  });

  it("reads a role from its code or its Vietnamese name", () => {
    expect(roleOfCell("unit_officer")).toBe("unit_officer");
    expect(roleOfCell("Cán bộ đơn vị")).toBe("unit_officer");
    expect(roleOfCell("national_reader")).toBeNull();
    expect(roleOfCell("giám đốc")).toBeNull();
  });
});

describe("account import plan: every row's problems, all or nothing", () => {
  const unitsByCode = new Map([["731", { id: 7, name: "Thành phố Biên Hòa" }]]);
  it("plans good rows and lists each bad row's problems by row and field", () => {
    const plan = planAccountImport({
      records: [
        rec(1, "Tên đăng nhập", "Họ tên", "Vai trò", "Mã đơn vị", "Mật khẩu tạm"),
        rec(2, "bh.vanthu", "Nguyễn Văn A", "Cán bộ đơn vị", "731", "TamThoi2023"),
        rec(3, "bh.vanthu", "Trần B", "Cán bộ đơn vị", "731", "TamThoi2023"),
        rec(4, "snv.admin", "Lê C", "leader", "", "TamThoi2023"),
        rec(5, "x.y", "", "giám đốc", "999", "ngan"),
        rec(6, "lanhdao2", "Phạm D", "Lãnh đạo tỉnh", "731", "TamThoi2023"),
      ],
      takenUsernames: new Set(["snv.admin"]),
      unitsByCode,
    });
    expect(plan.rows.map((r) => [r.row, r.username, r.role, r.unitId])).toEqual([
      [2, "bh.vanthu", "unit_officer", 7],
    ]);
    const by = (row: number) => plan.problems.filter((p) => p.row === row).map((p) => p.field);
    expect(by(3)).toEqual(["username"]);
    expect(by(4)).toEqual(["username"]);
    expect(by(5)).toEqual(["displayName", "role", "unitCode", "password"]);
    expect(by(6)).toEqual(["unitCode"]);
    for (const p of plan.problems) {
      expect(p.message).toMatch(/^Dòng \d+: .+ \/ Row \d+: .+/);
      expect(p.message).not.toMatch(/unitCode|displayName|username:/);
    }
  });

  it("an empty sheet is one problem of the file", () => {
    expect(planAccountImport({ records: [], takenUsernames: new Set(), unitsByCode }).problems).toHaveLength(
      1,
    );
  });
});
