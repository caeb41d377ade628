import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { cookieFor, serverOn } from "./helpers/http";
import { useTestDb } from "./helpers/test-db";
import { snapshotCounts, unitIdByCode } from "./helpers/units";

const t = useTestDb();
const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");
const THREE_COMMUNES =
  "Mã;Tên;Loại;Mã cấp trên\n" +
  "90101;Xã Xuân Phú Mới;Xã;741\n" +
  '90102;"Thị trấn Gia Ray Mới";Thị trấn;741\n' +
  "90103;Xã Suối Cát Mới;Xã;741\n";
const input = (csv: string, extra: object = {}) => ({
  fileName: "danh-muc.csv",
  contentBase64: b64(`\uFEFF${csv}`),
  validFrom: "2023-07-01",
  ...extra,
});

describe("unit-catalogue import (units.importPreview / importCommit)", () => {
  it("previews per-row errors — unknown parent code, duplicate code — and writes nothing", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const before = await snapshotCounts(t.trx);
    const preview = await caller.units.importPreview(
      input("code,name,type,parent code\n90101,Xã A,Xã,999\n90102,Xã B,Xã,741\n90102,Xã B hai,Xã,741\n"),
    );
    expect(preview.ok).toBe(false);
    expect(preview.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, "parentCode", "IMPORT.PARENT_UNKNOWN"],
      [4, "code", "IMPORT.DUPLICATE_CODE"],
    ]);
    expect(preview.problems[1]!.message).toBe(
      'Dòng 4 – Mã: mã "90102" trùng với dòng 3 / Row 4 – Code: code "90102" is also on row 3',
    );
    expect(preview.rows.map((r) => r.action)).toEqual([null, "create", null]);
    expect(await snapshotCounts(t.trx)).toEqual(before);
  });

  it("commits all or nothing: a file with one bad row writes nothing and names the row", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const before = await snapshotCounts(t.trx);
    const bad = `${THREE_COMMUNES}90104;Xã Lạ;Làng;741\n`;
    const f = await failureOf(caller.units.importCommit(input(bad)));
    expect(f).toMatchObject({ code: "BAD_REQUEST", domainCode: "IMPORT.INVALID" });
    expect(f.message).toMatch(/^Tệp có 1 lỗi, không ghi gì: Dòng 5 – Loại: loại "Làng" không xác định/);
    expect(f.fieldErrors).toHaveProperty("contentBase64");
    expect(await snapshotCounts(t.trx)).toEqual(before);
  });

  it("a good file creates three communes under Huyện Xuân Lộc, one audit row each", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const preview = await caller.units.importPreview(input(THREE_COMMUNES));
    expect(preview.ok).toBe(true);
    expect(preview.summary).toMatchObject({ create: 3, update: 0, unchanged: 0, close: 0, errors: 0 });
    const before = await snapshotCounts(t.trx);
    const done = await caller.units.importCommit(input(THREE_COMMUNES, { token: preview.token }));
    expect(done).toMatchObject({ created: 3, updated: 0, closed: 0 });
    const xuanLoc = await unitIdByCode(t.trx, "741");
    const rows = await t.trx
      .selectFrom("org_units")
      .selectAll()
      .where("code", "in", ["90101", "90102", "90103"])
      .orderBy("code")
      .execute();
    expect(rows.map((r) => [r.name, r.kind, r.tier, r.parent_id, r.valid_from])).toEqual([
      ["Xã Xuân Phú Mới", "commune", "commune", xuanLoc, "2023-07-01"],
      ["Thị trấn Gia Ray Mới", "commune", "commune", xuanLoc, "2023-07-01"],
      ["Xã Suối Cát Mới", "commune", "commune", xuanLoc, "2023-07-01"],
    ]);
    const after = await snapshotCounts(t.trx);
    expect(after.units - before.units).toBe(3);
    const audit = await t.trx
      .selectFrom("audit_log")
      .select(["action", "entity", "unit_id"])
      .where("action", "like", "import.%")
      .execute();
    expect(audit).toHaveLength(3);
    expect(new Set(audit.map((a) => a.unit_id))).toEqual(new Set(rows.map((r) => r.id)));

    // The same file again: nothing to create; an old preview's token no longer matches.
    const again = await caller.units.importPreview(input(THREE_COMMUNES));
    expect(again.summary).toMatchObject({ create: 0, unchanged: 3 });
    const stale = await failureOf(caller.units.importCommit(input(THREE_COMMUNES, { token: preview.token })));
    expect(stale).toMatchObject({ code: "CONFLICT", domainCode: "IMPORT.CHANGED" });
  });

  it("renames from the catalogue and closes a left-out commune when asked", async () => {
    const { caller } = await signIn(t.trx, "snv.admin");
    const communes = await t.trx
      .selectFrom("org_units")
      .select(["id", "code", "name"])
      .where("parent_id", "=", await unitIdByCode(t.trx, "741"))
      .where("kind", "=", "commune")
      .orderBy("code")
      .execute();
    const [first, ...rest] = communes;
    const csv = `code,name,type,parent\n741,Huyện Xuân Lộc,Huyện,75\n${first!.code},${first!.name} Mới,Xã,741\n${rest
      .slice(1)
      .map((c) => `${c.code},${c.name},Xã,741`)
      .join("\n")}\n`;
    const preview = await caller.units.importPreview(input(csv, { closeMissing: true }));
    expect(preview.problems).toEqual([]);
    expect(preview.summary).toMatchObject({ create: 0, update: 1, close: 1 });
    expect(preview.rows.find((r) => r.action === "close")?.code).toBe(rest[0]!.code);
    await caller.units.importCommit(input(csv, { closeMissing: true, token: preview.token }));
    const closed = await t.trx
      .selectFrom("org_units")
      .selectAll()
      .where("id", "=", rest[0]!.id)
      .executeTakeFirstOrThrow();
    expect(closed.valid_to).toBe("2023-06-30");
    const renamed = await t.trx
      .selectFrom("org_units")
      .selectAll()
      .where("id", "=", first!.id)
      .executeTakeFirstOrThrow();
    expect(renamed.name).toBe(`${first!.name} Mới`);
  });

  it("reads .xlsx (exceljs) and refuses what is neither CSV nor a readable workbook, naming the field", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("DVHC");
    sheet.addRow(["Mã", "Tên", "Cấp", "Mã cấp trên"]);
    sheet.addRow(["90201", "Xã Một", "Xã", "741"]);
    sheet.addRow([90202, "Phường Hai", "Phường", 741]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const { caller } = await signIn(t.trx, "snv.admin");
    const preview = await caller.units.importPreview({
      fileName: "DanhMuc.XLSX",
      contentBase64: xlsx.toString("base64"),
      validFrom: "2023-07-01",
    });
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.code, r.action])).toEqual([
      [2, "90201", "create"],
      [3, "90202", "create"],
    ]);
    const notXlsx = await failureOf(
      caller.units.importPreview({
        fileName: "a.xlsx",
        contentBase64: b64("hello"),
        validFrom: "2023-07-01",
      }),
    );
    expect(notXlsx).toMatchObject({ code: "BAD_REQUEST", domainCode: "IMPORT.FILE" });
    expect(notXlsx.fieldErrors).toHaveProperty("contentBase64");
    const latin1 = await failureOf(
      caller.units.importPreview({
        fileName: "a.csv",
        contentBase64: Buffer.from("1,X\xe3 A,X\xe3,741", "latin1").toString("base64"),
        validFrom: "2023-07-01",
      }),
    );
    expect(latin1.message).toMatch(/UTF-8/);
    const { caller: officer } = await signIn(t.trx, "ubnd.xuanloc");
    expect((await failureOf(officer.units.importPreview(input(THREE_COMMUNES)))).code).toBe("FORBIDDEN");
  });

  it("over HTTP the import takes a body above 1 MiB; other procedures keep the 1 MiB limit", async () => {
    const app = await serverOn(t.trx);
    try {
      const cookie = await cookieFor(app, "snv.admin");
      const padded = `${THREE_COMMUNES}${"\n".repeat(1_500_000)}`;
      const res = await app.inject({
        method: "POST",
        url: "/trpc/units.importPreview",
        headers: { cookie, "content-type": "application/json" },
        payload: JSON.stringify({ json: input(padded) }),
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.json().result.data.json.summary.create).toBe(3);
      const other = await app.inject({
        method: "POST",
        url: "/trpc/units.create",
        headers: { cookie, "content-type": "application/json" },
        payload: JSON.stringify({ json: { name: "x".repeat(1_200_000) } }),
      });
      expect(other.statusCode).toBe(413);
      const huge = await app.inject({
        method: "POST",
        url: "/trpc/units.importPreview",
        headers: { cookie, "content-type": "application/json" },
        payload: JSON.stringify({ json: input("x".repeat(9 * 1024 * 1024)) }),
      });
      expect(huge.statusCode).toBe(413);
    } finally {
      await app.close();
    }
  });
});
