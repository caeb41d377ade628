import { createHash } from "node:crypto";
import {
  type CsvRecord,
  foldVietnamese,
  type ImportProblem,
  isProvinceWide,
  parseCsv,
  planUnitImport,
  readUnitTable,
  tierOfKind,
  UNIT_IMPORT_MAX_BYTES,
  type UnitImportInput,
  type UnitImportPlan,
} from "@par/domain";
import ExcelJS from "exceljs";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { inTransaction } from "../db/transaction";
import { insertUnit, updateUnit } from "../db/unit.repository";
import { allUnits, lockUnitsForImport } from "../db/unit-import.repository";
import { fail } from "../errors";
import { giveDefaultFields } from "./default-unit-fields";
import { isUniqueViolation } from "./unit-checks";
import { toUnitDto } from "./unit-dto";

const ENTITY = "org_unit";

/** The file's rows: CSV as UTF-8 text, .xlsx through exceljs (the first sheet; cells as shown). */
export async function recordsOf(
  input: Pick<UnitImportInput, "fileName" | "contentBase64">,
): Promise<CsvRecord[]> {
  const bytes = Buffer.from(input.contentBase64, "base64");
  if (bytes.length === 0) fail("IMPORT.FILE", "Tệp rỗng / File is empty", "contentBase64");
  if (bytes.length > UNIT_IMPORT_MAX_BYTES) {
    fail(
      "IMPORT.FILE",
      "Nội dung tệp: tệp quá lớn (tối đa 5 MB) / File content: file too large (max 5 MB)",
      "contentBase64",
    );
  }
  if (/\.xlsx$/i.test(input.fileName)) {
    const book = new ExcelJS.Workbook();
    try {
      // exceljs types its Buffer parameter against an older @types/node.
      await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    } catch {
      fail(
        "IMPORT.FILE",
        "Nội dung tệp: không đọc được tệp Excel .xlsx / File content: not a readable .xlsx workbook",
        "contentBase64",
      );
    }
    const sheet = book.worksheets[0];
    if (!sheet) return [];
    const records: CsvRecord[] = [];
    sheet.eachRow((row, line) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, 4); c++) cells.push(row.getCell(c).text ?? "");
      if (cells.some((x) => x.trim() !== "")) records.push({ line, cells });
    });
    return records;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail(
      "IMPORT.FILE",
      "Nội dung tệp: tệp CSV phải mã hóa UTF-8 / File content: the CSV file must be UTF-8",
      "contentBase64",
    );
  }
  return parseCsv(text);
}

/** A stable fingerprint of what the commit would write: the file as read and the planned actions. */
function tokenOf(plan: UnitImportPlan): string {
  const facts = plan.rows.map((r) => [r.code, r.name, r.kind, r.parentCode, r.action, r.unitId]);
  return createHash("sha256")
    .update(JSON.stringify([plan.validFrom, plan.closeOn, facts]))
    .digest("hex");
}

function provinceOnly(q: Request) {
  if (!isProvinceWide(q.user.assignments, "units.write")) {
    fail(
      "ACCESS.OUT_OF_SCOPE",
      "Chỉ cấp tỉnh được nhập danh mục / Only the province may import the catalogue",
    );
  }
}

async function planOf(db: Db, provinceId: number, input: UnitImportInput) {
  const table = readUnitTable(await recordsOf(input));
  if (table.rows.length > 20_000) {
    fail("IMPORT.FILE", "Tệp: tối đa 20.000 dòng / File: at most 20,000 rows", "contentBase64");
  }
  const register = (await allUnits(db, provinceId)).map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentId: u.parent_id,
    validFrom: u.valid_from,
    validTo: u.valid_to,
  }));
  const plan = planUnitImport({
    records: table.rows,
    register,
    validFrom: input.validFrom,
    closeMissing: input.closeMissing,
    fileProblems: table.problems,
  });
  return { plan, token: tokenOf(plan) };
}

export interface ImportPreview extends UnitImportPlan {
  /** Pass it to units.importCommit: the commit refuses if the file or the register changed since. */
  token: string;
  ok: boolean;
}

/** units.importPreview: what the commit would do, every row's action and every problem; nothing saved. */
export async function previewUnitImport(q: Request, input: UnitImportInput): Promise<ImportPreview> {
  provinceOnly(q);
  const { plan, token } = await planOf(q.db, provinceOf(q.user), input);
  return { ...plan, token, ok: plan.problems.length === 0 };
}

function describe(problems: readonly ImportProblem[]): string {
  const shown = problems.slice(0, 3).map((p) => p.message);
  const halves = shown.map((m) => {
    const at = m.indexOf(" / ");
    return at < 0 ? { vi: m, en: m } : { vi: m.slice(0, at), en: m.slice(at + 3) };
  });
  const more =
    problems.length > 3
      ? { vi: `; và ${problems.length - 3} lỗi khác`, en: `; and ${problems.length - 3} more` }
      : { vi: "", en: "" };
  return `Tệp có ${problems.length} lỗi, không ghi gì: ${halves.map((h) => h.vi).join("; ")}${more.vi} / The file has ${problems.length} error(s), nothing was written: ${halves.map((h) => h.en).join("; ")}${more.en}`;
}

/**
 * units.importCommit: validates again against the register as it is inside the transaction and writes
 * every change, each with its audit row, or nothing at all.
 */
export async function commitUnitImport(q: Request, input: UnitImportInput) {
  provinceOnly(q);
  try {
    return await inTransaction(q.db, async (trx) => {
      await lockUnitsForImport(trx);
      const { plan, token } = await planOf(trx, provinceOf(q.user), input);
      if (plan.problems.length > 0) fail("IMPORT.INVALID", describe(plan.problems), "contentBase64");
      if (input.token !== undefined && input.token !== token) {
        fail(
          "IMPORT.CHANGED",
          "Tệp hoặc danh mục đã thay đổi từ lúc xem trước; hãy xem trước lại / The file or the register changed since the preview; preview again",
          "token",
        );
      }
      const audit = (action: string, before: unknown, after: { id: number }) =>
        insertAudit(trx, q.actor, {
          action,
          entity: ENTITY,
          entityId: after.id,
          unitId: after.id,
          before,
          after,
        });
      // Creates parents first: a row waits until the unit it names exists.
      const idOfCode = new Map(
        (await allUnits(trx, provinceOf(q.user)))
          .filter(
            (u) => u.valid_from <= plan.validFrom && (u.valid_to === null || u.valid_to >= plan.validFrom),
          )
          .map((u) => [u.code.toLowerCase(), u.id]),
      );
      let pending = plan.rows.filter((r) => r.action === "create");
      let created = 0;
      while (pending.length > 0) {
        const ready = pending.filter(
          (r) => r.parentCode === null || idOfCode.has(r.parentCode.toLowerCase()),
        );
        if (ready.length === 0)
          throw new Error("unit import: parents never created (a cycle the plan missed)");
        for (const r of ready) {
          const kind = r.kind!;
          const row = await insertUnit(trx, {
            code: r.code,
            name: r.name,
            search_name: foldVietnamese(r.name),
            kind,
            tier: tierOfKind(kind),
            parent_id: r.parentCode === null ? null : idOfCode.get(r.parentCode.toLowerCase())!,
            has_one_stop_shop: kind === "district" || kind === "commune",
            valid_from: plan.validFrom,
            valid_to: null,
            created_at: q.now,
            updated_at: q.now,
          });
          idOfCode.set(r.code.toLowerCase(), row.id);
          await giveDefaultFields(trx, [row]); // R6
          await audit("import.create", null, toUnitDto(row));
          created++;
        }
        pending = pending.filter((r) => !ready.includes(r));
      }
      const before = new Map((await allUnits(trx, provinceOf(q.user))).map((u) => [u.id, u]));
      let updated = 0;
      let closed = 0;
      for (const r of plan.rows) {
        if (r.action === "update") {
          const after = await updateUnit(trx, r.unitId!, {
            name: r.name,
            search_name: foldVietnamese(r.name),
            updated_at: q.now,
          });
          await audit("import.update", toUnitDto(before.get(r.unitId!)!), toUnitDto(after));
          updated++;
        } else if (r.action === "close") {
          const after = await updateUnit(trx, r.unitId!, { valid_to: plan.closeOn, updated_at: q.now });
          await audit("import.close", toUnitDto(before.get(r.unitId!)!), toUnitDto(after));
          closed++;
        }
      }
      return { created, updated, closed, unchanged: plan.summary.unchanged, token };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      fail(
        "IMPORT.CHANGED",
        "Một mã vừa được dùng bởi thao tác khác; hãy xem trước lại / A code was just taken by another change; preview again",
        "contentBase64",
      );
    }
    throw error;
  }
}
