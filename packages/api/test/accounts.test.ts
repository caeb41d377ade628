import { describe, expect, it } from "vitest";
import { anonymous, DEMO_PASSWORD, signIn, withSession } from "./helpers/callers";
import { factsOf, failureOf } from "./helpers/expect-error";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode, unitsSeen } from "./helpers/units";

const t = useTestDb();
const TEMP = "TamThoi2023x";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (error) {
    return factsOf(error).code;
  }
}

async function auditOf(entityId: number) {
  return t.trx
    .selectFrom("audit_log")
    .select(["action", "after"])
    .where("entity", "=", "user")
    .where("entity_id", "=", String(entityId))
    .orderBy("id")
    .execute();
}

describe("accounts of a province (issue 9 §7)", () => {
  it("Sở Nội vụ creates an account; its first sign-in must change the password before anything else", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    const created = await admin.accounts.create({
      username: "xl.vanthu",
      displayName: "Văn thư UBND huyện Xuân Lộc",
      role: "unit_officer",
      unitId: xuanLoc,
      password: TEMP,
    });
    expect(created).toMatchObject({ mustChangePassword: true, active: true, unit: { id: xuanLoc } });
    expect(created.email).toBeNull();

    const { caller: anon, jar } = await anonymous(t.trx);
    const { user } = await anon.auth.login({ username: "xl.vanthu", password: TEMP });
    expect(user.mustChangePassword).toBe(true);
    const fresh = await withSession(t.trx, jar.token);
    // Enforced on the server: every other procedure refuses until the change.
    expect(await codeOf(unitsSeen(fresh, {}))).toBe("FORBIDDEN");
    expect(await codeOf(fresh.internal.overview({ year: 2023 }))).toBe("FORBIDDEN");
    expect(await codeOf(fresh.auth.changePassword({ currentPassword: TEMP, newPassword: TEMP }))).toBe(
      "BAD_REQUEST",
    );
    await fresh.auth.changePassword({ currentPassword: TEMP, newPassword: "XuanLoc@2024" });
    const after = await withSession(t.trx, jar.token);
    expect((await after.auth.me())?.mustChangePassword).toBe(false);
    // Then it sees its unit's subtree and nothing else.
    const units = await unitsSeen(after, {});
    expect(units.some((u) => u.id === xuanLoc)).toBe(true);
    expect(units.some((u) => u.name === "Thành phố Biên Hòa")).toBe(false);
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(["create", "change_password"]);
    // No password, hash or temporary password in the audit log.
    expect(JSON.stringify(await auditOf(created.id))).not.toMatch(/TamThoi|XuanLoc@|argon/);
  });

  it("reset and disable: the user is signed out, forced to change again; disabled cannot sign in", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const { token } = await signIn(t.trx, "ubnd.xuanloc");
    const id = (
      await t.trx
        .selectFrom("users")
        .select("id")
        .where("username", "=", "ubnd.xuanloc")
        .executeTakeFirstOrThrow()
    ).id;
    await admin.accounts.resetPassword({ userId: id, password: TEMP });
    expect(await (await withSession(t.trx, token)).auth.me()).toBeNull(); // old session ended
    const { caller: anon, jar } = await anonymous(t.trx);
    expect(
      (await anon.auth.login({ username: "ubnd.xuanloc", password: TEMP })).user.mustChangePassword,
    ).toBe(true);
    expect(await codeOf(unitsSeen(await withSession(t.trx, jar.token), {}))).toBe("FORBIDDEN");

    await admin.accounts.setActive({ userId: id, active: false });
    const { caller: again } = await anonymous(t.trx);
    expect(await codeOf(again.auth.login({ username: "ubnd.xuanloc", password: TEMP }))).toBe("UNAUTHORIZED");
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["reset_password", "disable"]);
    expect(await codeOf(admin.accounts.setActive({ userId: 1, active: false }))).not.toBe("OK");
  });

  it("lists the province's accounts page by page; another province's accounts are not there", async () => {
    const bp = await addBinhPhuoc(t.trx);
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const first = await admin.accounts.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(11); // the Đồng Nai demo accounts (3 unit heads among them); not the national one, not Bình Phước's
    const rest = await admin.accounts.list({ limit: 50, cursor: first.nextCursor });
    const names = [...first.items, ...rest.items].map((a) => a.username);
    expect(names).toEqual([...names].sort());
    expect(names).not.toContain("bp.snv.admin");
    expect(names).not.toContain("bo.noivu");
    const bpAdminId = (
      await t.trx.selectFrom("users").select("id").where("username", "=", bp.admin).executeTakeFirstOrThrow()
    ).id;
    expect(await codeOf(admin.accounts.resetPassword({ userId: bpAdminId, password: TEMP }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(admin.accounts.setActive({ userId: bpAdminId, active: false }))).toBe("NOT_FOUND");
    const { caller: bpAdmin } = await signIn(t.trx, bp.admin);
    expect(
      await codeOf(
        bpAdmin.accounts.create({
          username: "bp.sai",
          displayName: "Sai tỉnh",
          role: "unit_officer",
          unitId: await unitIdByCode(t.trx, "741"),
          password: TEMP,
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        bpAdmin.accounts.create({
          username: "x.y",
          displayName: "Q",
          role: "national_reader",
          password: TEMP,
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("imports a sheet all or nothing, with every row's problems in the preview", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const sheet = (rows: string) => ({
      fileName: "tai-khoan.csv",
      contentBase64: Buffer.from(`Tên đăng nhập;Họ tên;Vai trò;Mã đơn vị;Mật khẩu tạm\n${rows}`).toString(
        "base64",
      ),
    });
    const bad = sheet(
      `bh.mot;Cán bộ Một;Cán bộ đơn vị;731;${TEMP}\nbh.hai;Cán bộ Hai;Cán bộ đơn vị;X999;${TEMP}\n`,
    );
    const preview = await admin.accounts.importPreview(bad);
    expect(preview.ok).toBe(false);
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Dòng 3: Mã đơn vị: không có đơn vị mã "X999" trong tỉnh / Row 3: Unit code: no unit "X999" in the province',
    ]);
    expect(await codeOf(admin.accounts.importCommit(bad))).toBe("BAD_REQUEST");
    expect(
      await t.trx.selectFrom("users").select("id").where("username", "=", "bh.mot").executeTakeFirst(),
    ).toBeUndefined();

    const good = sheet(
      `bh.mot;Cán bộ Một;Cán bộ đơn vị;731;${TEMP}\nbh.hai;Cán bộ Hai;Cán bộ đơn vị;25993;${TEMP}\n`,
    );
    const ok = await admin.accounts.importPreview(good);
    expect(ok.ok).toBe(true);
    expect(JSON.stringify(ok)).not.toContain(TEMP); // the preview never echoes passwords
    expect(await admin.accounts.importCommit({ ...good, token: ok.token })).toEqual({ created: 2 });
    const { caller: anon } = await anonymous(t.trx);
    expect((await anon.auth.login({ username: "bh.hai", password: TEMP })).user.mustChangePassword).toBe(
      true,
    );
  });

  it("everyone changes their own password with the current one", async () => {
    const { caller, token } = await signIn(t.trx, "lanhdao");
    expect(
      await codeOf(caller.auth.changePassword({ currentPassword: "sai", newPassword: "HoiDong#2024" })),
    ).toBe("BAD_REQUEST");
    await caller.auth.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: "HoiDong#2024" });
    expect(await (await withSession(t.trx, token)).auth.me()).not.toBeNull(); // this session goes on
    const { caller: anon } = await anonymous(t.trx);
    expect(await codeOf(anon.auth.login({ username: "lanhdao", password: DEMO_PASSWORD }))).toBe(
      "UNAUTHORIZED",
    );
  });

  it("an optional e-mail address: on create and as an import column, validated with the field named", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const xuanLoc = await unitIdByCode(t.trx, "741");
    const base = { displayName: "Văn thư", role: "unit_officer" as const, unitId: xuanLoc, password: TEMP };
    const created = await admin.accounts.create({
      ...base,
      username: "xl.thu",
      email: " VanThu@XuanLoc.gov.vn ",
    });
    expect(created.email).toBe("vanthu@xuanloc.gov.vn");
    const bad = await failureOf(
      admin.accounts.create({ ...base, username: "xl.thu2", email: "khong-hop-le" }),
    );
    expect(bad.fieldErrors.email?.[0]).toMatch(/^Thư điện tử không hợp lệ.* \/ E-mail address is invalid/);

    const sheet = (rows: string) => ({
      fileName: "tai-khoan.csv",
      contentBase64: Buffer.from(
        `Tên đăng nhập;Họ tên;Vai trò;Mã đơn vị;Mật khẩu tạm;Thư điện tử\n${rows}`,
      ).toString("base64"),
    });
    const wrong = await admin.accounts.importPreview(
      sheet(`bh.ba;Cán bộ Ba;Cán bộ đơn vị;731;${TEMP};ba@\n`),
    );
    expect(wrong.problems.map((p) => p.message)).toEqual([
      "Dòng 2: Thư điện tử: không hợp lệ, ví dụ ten@donvi.gov.vn / Row 2: E-mail: invalid, e.g. name@agency.gov.vn",
    ]);
    const good = sheet(
      `bh.ba;Cán bộ Ba;Cán bộ đơn vị;731;${TEMP};ba@bienhoa.gov.vn\nbh.bon;Cán bộ Bốn;Cán bộ đơn vị;731;${TEMP};\n`,
    );
    const ok = await admin.accounts.importPreview(good);
    expect(await admin.accounts.importCommit({ ...good, token: ok.token })).toEqual({ created: 2 });
    const rows = await t.trx
      .selectFrom("users")
      .select(["username", "email"])
      .where("username", "in", ["bh.ba", "bh.bon"])
      .orderBy("username")
      .execute();
    expect(rows).toEqual([
      { username: "bh.ba", email: "ba@bienhoa.gov.vn" },
      { username: "bh.bon", email: null },
    ]);
  });
});
