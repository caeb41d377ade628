import { createHash } from "node:crypto";
import { COUNTER_COLUMNS, type CounterImportInput, isProvinceWide, planCounterImport } from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { insertAudit } from "../db/audit.repository";
import type { Db } from "../db/database";
import { inTransaction } from "../db/transaction";
import { fail } from "../errors";
import { sheetRecords } from "../history/sheet-records";
import { templateOf } from "../inspections/viewer";

/** Only the province keeps the register of counters (a unit's clerk has no camera permission at all). */
function provinceOnly(q: Request) {
  if (!isProvinceWide(q.user.assignments, "camera.review"))
    fail(
      "ACCESS.OUT_OF_SCOPE",
      "Chỉ cấp tỉnh được nhập sổ quầy – camera / Only the province may import the counter register",
    );
}

async function planOf(db: Db, provinceId: number, input: CounterImportInput) {
  const records = await sheetRecords(input.fileName, input.contentBase64, COUNTER_COLUMNS.length);
  if (records.length > 20_000)
    fail("IMPORT.FILE", "Tệp: tối đa 20.000 dòng / File: at most 20,000 rows", "contentBase64");
  // The province's own register: unit codes are unique per province only (issue 8 §3).
  const shops = await db
    .selectFrom("org_units")
    .select(["id", "code", "has_one_stop_shop"])
    .where("province_id", "=", provinceId)
    .execute();
  const plan = planCounterImport({
    records,
    shops: shops.map((s) => ({ id: s.id, code: s.code, hasOneStopShop: s.has_one_stop_shop })),
    // Field codes of the current template (the 2023 Đồng Nai one carries the focus fields of R6).
    fieldCodes: templateOf("dong-nai-2023").fields.map((f) => f.code),
  });
  // The token binds a commit to what was previewed; credentials take part only as a hash.
  const token = createHash("sha256").update(JSON.stringify(plan.rows)).digest("hex");
  return { plan, token };
}

/** What a preview shows of a row: never the address or the credentials typed into the file. */
const visible = (r: ReturnType<typeof planCounterImport>["rows"][number]) => ({
  row: r.row,
  shopUnitId: r.shopUnitId,
  number: r.number,
  name: r.name,
  fields: r.fields,
  streamKind: r.streamKind,
  hasAddress: r.streamUrl !== null,
  hasCredentials: r.password !== null,
});

export async function previewCounterImport(q: Request, input: CounterImportInput) {
  provinceOnly(q);
  const { plan, token } = await planOf(q.db, provinceOf(q.user), input);
  return { rows: plan.rows.map(visible), problems: plan.problems, token, ok: plan.problems.length === 0 };
}

/** Writes every row (new counter, or the same shop and number updated) with an audit row each — or nothing. */
export async function commitCounterImport(q: Request, input: CounterImportInput) {
  provinceOnly(q);
  return inTransaction(q.db, async (trx) => {
    const { plan, token } = await planOf(trx, provinceOf(q.user), input);
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
    let created = 0;
    let updated = 0;
    for (const r of plan.rows) {
      const existing = await trx
        .selectFrom("camera_counters")
        .select(["id", "stream_url", "stream_username", "stream_password"])
        .where("shop_unit_id", "=", r.shopUnitId)
        .where("number", "=", r.number)
        .executeTakeFirst();
      const values = {
        name: r.name,
        fields: r.fields,
        stream_kind: r.streamKind,
        stream_url: r.streamUrl ?? existing?.stream_url ?? null,
        stream_username: r.username ?? existing?.stream_username ?? null,
        stream_password: r.password ?? existing?.stream_password ?? null,
        updated_at: q.now,
      };
      const saved = existing
        ? await trx
            .updateTable("camera_counters")
            .set(values)
            .where("id", "=", existing.id)
            .returning("id")
            .executeTakeFirstOrThrow()
        : await trx
            .insertInto("camera_counters")
            .values({ ...values, shop_unit_id: r.shopUnitId, number: r.number })
            .returning("id")
            .executeTakeFirstOrThrow();
      if (existing) updated++;
      else created++;
      await insertAudit(trx, q.actor, {
        action: existing ? "camera.counter.update" : "camera.counter.create",
        entity: "camera_counter",
        entityId: saved.id,
        unitId: r.shopUnitId,
        before: null,
        after: { ...visible(r), source: "import" },
      });
    }
    return { created, updated };
  });
}
