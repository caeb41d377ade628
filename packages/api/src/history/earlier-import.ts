import { createHash } from "node:crypto";
import {
  EARLIER_COLUMNS,
  type EarlierImportInput,
  type EarlierProblem,
  isProvinceWide,
  planEarlierImport,
  readEarlierTable,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { earlierConclusionKeys, insertEarlierConclusion, lockEarlierImport } from "../db/history.repository";
import { inTransaction } from "../db/transaction";
import { fail } from "../errors";
import { vietnamDate } from "../time";
import { sheetRecords } from "./sheet-records";

export const EARLIER_ENTITY = "earlier_conclusion";

function provinceOnly(q: Request) {
  if (!isProvinceWide(q.user.assignments, "units.write")) {
    fail(
      "ACCESS.OUT_OF_SCOPE",
      "Chỉ cấp tỉnh được nhập kết luận trước đây / Only the province may import earlier conclusions",
    );
  }
}

async function planOf(q: Request, db: Db, input: EarlierImportInput) {
  const table = readEarlierTable(
    await sheetRecords(input.fileName, input.contentBase64, EARLIER_COLUMNS.length),
  );
  if (table.rows.length > 20_000) {
    fail("IMPORT.FILE", "Tệp: tối đa 20.000 dòng / File: at most 20,000 rows", "contentBase64");
  }
  // Only the caller's province: a code names a unit of one's own register.
  const units = await db
    .selectFrom("org_units")
    .select(["id", "code", "name"])
    .where("province_id", "=", provinceOf(q.user))
    .execute();
  const plan = planEarlierImport({
    records: table.rows,
    units,
    existing: await earlierConclusionKeys(db),
    today: vietnamDate(q.now),
    fileProblems: table.problems,
  });
  const token = createHash("sha256").update(JSON.stringify(plan.conclusions)).digest("hex");
  return { plan, token };
}

/** earlier.importPreview: every conclusion and recommendation the commit would write, and every problem. */
export async function previewEarlierImport(q: Request, input: EarlierImportInput) {
  provinceOnly(q);
  const { plan, token } = await planOf(q, q.db, input);
  return { ...plan, token, ok: plan.problems.length === 0 };
}

function describe(problems: readonly EarlierProblem[]): string {
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
  return `Tệp có ${problems.length} lỗi, không ghi gì: ${halves.map((h) => h.vi).join("; ")}${more.vi} / The file has ${problems.length} error(s), nothing was written: ${halves.map((h) => h.en).join("; ")}${more.en}`;
}

/** earlier.importCommit: validates again inside the transaction and writes every conclusion (audited) or nothing. */
export async function commitEarlierImport(q: Request, input: EarlierImportInput) {
  provinceOnly(q);
  return inTransaction(q.db, async (trx) => {
    await lockEarlierImport(trx);
    const { plan, token } = await planOf(q, trx, input);
    if (plan.problems.length > 0) fail("IMPORT.INVALID", describe(plan.problems), "contentBase64");
    if (input.token !== undefined && input.token !== token) {
      fail(
        "IMPORT.CHANGED",
        "Tệp hoặc dữ liệu đã thay đổi từ lúc xem trước; hãy xem trước lại / The file or the data changed since the preview; preview again",
        "token",
      );
    }
    let recommendations = 0;
    for (const c of plan.conclusions) {
      const written = await insertEarlierConclusion(
        trx,
        { ...c, by: q.user.userId, at: q.now },
        c.recommendations,
      );
      recommendations += written.recommendations.length;
      await insertAudit(trx, q.actor, {
        action: "import",
        entity: EARLIER_ENTITY,
        entityId: written.conclusion.id,
        unitId: c.unitId,
        before: null,
        after: {
          ...written.conclusion,
          recommendations: written.recommendations.map((r) => ({
            id: r.id,
            text: r.text,
            deadline: r.deadline,
            status: r.status,
          })),
        },
      });
    }
    return { conclusions: plan.conclusions.length, recommendations, token };
  });
}
