import { createHash } from "node:crypto";
import {
  isProvinceWide,
  planRestructuring,
  type RestructureInput,
  type RestructurePlan,
  type RestructureProblem,
  type RestructureRow,
  readRestructureTable,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { type AuditActor, insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { shippedApplied } from "../db/succession.repository";
import { inTransaction } from "../db/transaction";
import { allUnits, lockUnitsForImport } from "../db/unit-import.repository";
import { fail } from "../errors";
import { type RestructureSummary, writeRestructuring } from "./restructure-apply";
import { findShipped, SHIPPED_RESTRUCTURINGS } from "./shipped-restructurings";
import { isUniqueViolation } from "./unit-checks";
import { recordsOf } from "./unit-import";

function provinceOnly(q: Request) {
  if (!isProvinceWide(q.user.assignments, "units.write")) {
    fail("ACCESS.OUT_OF_SCOPE", "Chỉ cấp tỉnh được sắp xếp đơn vị / Only the province may restructure units");
  }
}

/** The restructuring's date and rows, from the shipped set, a file or the form. */
async function sourceOf(
  db: Db,
  input: RestructureInput,
): Promise<{ effectiveDate: string; rows: RestructureRow[] }> {
  if (input.shipped !== undefined) {
    const shipped = findShipped(input.shipped);
    if (!shipped) {
      fail(
        "RESTRUCTURE.UNKNOWN",
        `Bộ sắp xếp có sẵn: không có "${input.shipped}" / Shipped restructuring: no "${input.shipped}"`,
        "shipped",
      );
    }
    return { effectiveDate: shipped.effectiveDate, rows: await shipped.rows(db) };
  }
  const effectiveDate = input.effectiveDate!;
  if (input.rows !== undefined)
    return { effectiveDate, rows: input.rows.map((r, i) => ({ ...r, row: i + 1 })) };
  const records = await recordsOf({ fileName: input.fileName!, contentBase64: input.contentBase64! });
  return { effectiveDate, rows: readRestructureTable(records) };
}

/** Plans a restructuring against the register as it stands (inside the apply transaction: after the lock). */
export async function planOf(
  db: Db,
  effectiveDate: string,
  rows: readonly RestructureRow[],
  provinceId?: number,
): Promise<RestructurePlan> {
  const register = (await allUnits(db, provinceId)).map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentId: u.parent_id,
    validFrom: u.valid_from,
    validTo: u.valid_to,
  }));
  const fileProblems: RestructureProblem[] =
    rows.length === 0
      ? [
          {
            row: null,
            field: "file",
            code: "RESTRUCTURE.EMPTY",
            message: "Tệp (file): không có thay đổi nào / File (file): there is no change",
          },
        ]
      : [];
  return planRestructuring({ effectiveDate, rows, register, fileProblems });
}

function tokenOf(plan: RestructurePlan): string {
  const facts = [
    plan.effectiveDate,
    plan.closes.map((c) => c.unitId),
    plan.opens,
    plan.renames,
    plan.successions,
  ];
  return createHash("sha256").update(JSON.stringify(facts)).digest("hex");
}

/** units.restructurePreview: what would open, close, be renamed and succeed, and every problem by row. */
export async function previewRestructure(q: Request, input: RestructureInput) {
  provinceOnly(q);
  const { effectiveDate, rows } = await sourceOf(q.db, input);
  const plan = await planOf(q.db, effectiveDate, rows, provinceOf(q.user));
  return { ...plan, token: tokenOf(plan), ok: plan.problems.length === 0 };
}

function describe(problems: readonly RestructureProblem[]): string {
  const halves = problems.slice(0, 3).map((p) => {
    const at = p.message.indexOf(" / ");
    return at < 0
      ? { vi: p.message, en: p.message }
      : { vi: p.message.slice(0, at), en: p.message.slice(at + 3) };
  });
  const more =
    problems.length > 3
      ? { vi: `; và ${problems.length - 3} lỗi khác`, en: `; and ${problems.length - 3} more` }
      : { vi: "", en: "" };
  return `Có ${problems.length} lỗi, không ghi gì: ${halves.map((h) => h.vi).join("; ")}${more.vi} / ${problems.length} error(s), nothing was written: ${halves.map((h) => h.en).join("; ")}${more.en}`;
}

/**
 * Plans and writes a restructuring in one transaction, all or nothing, with the register locked against
 * other writers (reads go on: the server keeps serving). The one path for the API, the CLI and the seed.
 */
export async function applyRestructuring(
  db: Db,
  actor: AuditActor,
  source: (trx: Db) => Promise<{ effectiveDate: string; rows: RestructureRow[] }>,
  token?: string,
  shipped?: string,
  /** The province whose register is restructured; the whole register for installation tools. */
  provinceId?: number,
): Promise<RestructureSummary & { token: string }> {
  try {
    return await inTransaction(db, async (trx) => {
      await lockUnitsForImport(trx);
      const { effectiveDate, rows } = await source(trx);
      const plan = await planOf(trx, effectiveDate, rows, provinceId);
      if (plan.problems.length > 0) fail("RESTRUCTURE.INVALID", describe(plan.problems), "rows");
      const now = tokenOf(plan);
      if (token !== undefined && token !== now) {
        fail(
          "IMPORT.CHANGED",
          "Sắp xếp hoặc danh mục đã thay đổi từ lúc xem trước; hãy xem trước lại / The restructuring or the register changed since the preview; preview again",
          "token",
        );
      }
      const summary = await writeRestructuring(trx, actor, plan);
      await insertAudit(trx, actor, {
        action: "restructure.apply",
        entity: "restructuring",
        entityId: null,
        unitId: null,
        before: null,
        after: { effectiveDate, rows: rows.length, ...summary, ...(shipped ? { shipped } : {}) },
      });
      return { ...summary, token: now };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      fail(
        "IMPORT.CHANGED",
        "Một mã vừa được dùng bởi thao tác khác; hãy xem trước lại / A code was just taken by another change; preview again",
        "rows",
      );
    }
    throw error;
  }
}

/** units.restructureApply. */
export async function applyRestructureRequest(q: Request, input: RestructureInput) {
  provinceOnly(q);
  return applyRestructuring(
    q.db,
    q.actor,
    (trx) => sourceOf(trx, input),
    input.token,
    input.shipped,
    provinceOf(q.user),
  );
}

/** units.restructureShipped: the restructurings the software ships, and whether each still has work to do. */
export async function listShipped(q: Request) {
  provinceOnly(q);
  return Promise.all(
    SHIPPED_RESTRUCTURINGS.map(async (s) => {
      const rows = (await s.rows(q.db)).length;
      return {
        id: s.id,
        title: s.title,
        effectiveDate: s.effectiveDate,
        source: s.source,
        rows,
        // Applied from this screen (audited), or nothing left to do (the CLI brought it in).
        applied: rows === 0 || (await shippedApplied(q.db, s.id)),
      };
    }),
  );
}
