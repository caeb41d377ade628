import { createHash } from "node:crypto";
import { DOSSIER_COLUMNS, type DossierImportInput, planDossierImport } from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { storedMonths, upsertMonths } from "../db/dossier.repository";
import { countsToColumns } from "../db/dossier-columns";
import { inTransaction } from "../db/transaction";
import { fail } from "../errors";
import { sheetRecords } from "../history/sheet-records";

/** A province keeps figures from 2018 (the one-stop decree, Nghị định 61/2018) to next year. */
const MIN_YEAR = 2018;
const monthOf = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}-01`;

async function planOf(db: Db, provinceId: number, input: DossierImportInput, now: Date) {
  const records = await sheetRecords(input.fileName, input.contentBase64, DOSSIER_COLUMNS.length);
  if (records.length > 50_000)
    fail("IMPORT.FILE", "Tệp: tối đa 50.000 dòng / File: at most 50,000 rows", "contentBase64");
  // Unit codes are unique per province only (issue 8 §3): the province's own register.
  const units = await db
    .selectFrom("org_units")
    .select(["id", "code"])
    .where("province_id", "=", provinceId)
    .execute();
  const plan = planDossierImport({ records, units, minYear: MIN_YEAR, maxYear: now.getUTCFullYear() + 1 });
  const token = createHash("sha256").update(JSON.stringify(plan.rows)).digest("hex");
  return { plan, token };
}

export async function previewDossierImport(q: Request, input: DossierImportInput) {
  const { plan, token } = await planOf(q.db, provinceOf(q.user), input, q.now);
  return {
    rows: plan.rows.slice(0, 500),
    rowCount: plan.rows.length,
    units: new Set(plan.rows.map((r) => r.unitId)).size,
    problems: plan.problems.slice(0, 500),
    problemCount: plan.problems.length,
    token,
    ok: plan.problems.length === 0,
  };
}

/**
 * Checks again and writes every (unit, month) — new, or replacing what was stored — or nothing. The
 * same file twice leaves the same figures (idempotent by content); one audit row per unit with the
 * months it changed, before and after.
 */
export async function commitDossierImport(q: Request, input: DossierImportInput) {
  const provinceId = provinceOf(q.user);
  return inTransaction(q.db, async (trx) => {
    const { plan, token } = await planOf(trx, provinceId, input, q.now);
    if (plan.problems.length > 0) {
      const first = plan.problems.slice(0, 3).map((p) => p.message.split(" / "));
      fail(
        "IMPORT.INVALID",
        `Tệp có ${plan.problems.length} lỗi, không ghi gì: ${first.map((m) => m[0]).join("; ")} / The file has ${plan.problems.length} error(s), nothing was written: ${first.map((m) => m[1]).join("; ")}`,
        "contentBase64",
      );
    }
    if (input.token !== undefined && input.token !== token)
      fail(
        "IMPORT.CHANGED",
        "Tệp hoặc dữ liệu đã thay đổi từ lúc xem trước; hãy xem trước lại / The file or the data changed since the preview; preview again",
        "token",
      );
    const rows = plan.rows.map((r) => ({
      province_id: provinceId,
      unit_id: r.unitId,
      month: monthOf(r.year, r.month),
      ...countsToColumns(r.counts),
    }));
    const months = rows.map((r) => r.month).sort();
    const before = await storedMonths(
      trx,
      [...new Set(rows.map((r) => r.unit_id))],
      months[0] ?? "2000-01-01",
      months[months.length - 1] ?? "2000-01-01",
    );
    const beforeOf = new Map(before.map((b) => [`${b.unit_id}|${b.month}`, b]));
    await upsertMonths(trx, rows, q.user.userId, q.now);
    const byUnit = new Map<number, typeof rows>();
    for (const r of rows) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), r]);
    let replaced = 0;
    for (const [unitId, unitRows] of byUnit) {
      const prior = unitRows.flatMap((r) => {
        const b = beforeOf.get(`${unitId}|${r.month}`);
        return b ? [b] : [];
      });
      replaced += prior.length;
      await insertAudit(trx, q.actor, {
        action: "dossier_stats.import",
        entity: "dossier_stats",
        entityId: unitId,
        unitId,
        before: prior.length > 0 ? prior.map(({ unit_id: _, ...m }) => m) : null,
        after: unitRows.map(({ province_id: _p, unit_id: _u, ...m }) => m),
      });
    }
    return { months: rows.length, units: byUnit.size, created: rows.length - replaced, replaced };
  });
}
