import type { CounterPageInput, SaveCounterInput } from "@par/domain";
import type { Request } from "../access/request";
import { assertCanOnUnit, scopeOf, unitNotFound } from "../access/unit-access";
import { audited } from "../db/audit.repository";
import {
  counterTaken,
  findCounter,
  insertCounter,
  pageCounters,
  updateCounter,
} from "../db/camera.repository";
import { decodeCursor, toPage } from "../db/keyset";
import { findUnit } from "../db/unit.repository";
import { fail } from "../errors";
import { toCounterDto } from "./counter-dto";

export const COUNTER_NOT_FOUND = "Không tìm thấy quầy / Counter not found";

export async function listCounters(q: Request, input: CounterPageInput) {
  const after = decodeCursor(input.cursor);
  const rows = await pageCounters(q.db, {
    scope: scopeOf(q.user, "camera.read"),
    shopUnitId: input.shopUnitId,
    after: after ? { key: String(after.key), id: Number(after.id) } : null,
    limit: input.limit,
  });
  return toPage(
    rows,
    input.limit,
    (r) => [r.sort_key, r.id],
    (r) => toCounterDto(r, q.now),
  );
}

/** The counter, if it exists and its shop is in the user's scope for `permission` (NOT_FOUND otherwise). */
export async function counterInScope(
  q: Request,
  id: number,
  permission: "camera.read" | "camera.review",
  field = "counterId",
) {
  const counter = await findCounter(q.db, id);
  if (!counter) fail("CAMERA.COUNTER_NOT_FOUND", COUNTER_NOT_FOUND, field);
  await assertCanOnUnit(q.db, q.user, permission, counter.shop_unit_id);
  return counter;
}

/** What the audit log keeps of a counter: never the password, only whether there is one. */
const auditView = (c: {
  shop_unit_id: number;
  number: number;
  name: string;
  stream_kind: string;
  stream_password: string | null;
}) => ({
  shopUnitId: c.shop_unit_id,
  number: c.number,
  name: c.name,
  streamKind: c.stream_kind,
  hasCredentials: c.stream_password !== null,
});

export async function saveCounter(q: Request, input: SaveCounterInput) {
  const shop = await findUnit(q.db, input.shopUnitId);
  if (!shop) unitNotFound("shopUnitId");
  await assertCanOnUnit(q.db, q.user, "camera.review", shop.id);
  if (!shop.has_one_stop_shop)
    fail(
      "CAMERA.NOT_ONE_STOP_SHOP",
      "Bộ phận Một cửa: đơn vị này không có Bộ phận Một cửa / One-stop shop: this unit has no one-stop shop",
      "shopUnitId",
    );
  if (input.streamKind !== "demo" && !input.streamUrl)
    fail("CAMERA.STREAM_URL_REQUIRED", "Địa chỉ luồng là bắt buộc / Stream address is required", "streamUrl");
  const existing = input.id === undefined ? null : await counterInScope(q, input.id, "camera.review", "id");
  if (await counterTaken(q.db, shop.id, input.number, existing?.id ?? null))
    fail(
      "CAMERA.NUMBER_TAKEN",
      "Số quầy đã có ở Bộ phận Một cửa này / Counter number: already used in this shop",
      "number",
    );
  const values = {
    shop_unit_id: shop.id,
    number: input.number,
    name: input.name,
    fields: input.fields,
    stream_kind: input.streamKind,
    stream_url: input.streamUrl ?? null,
    // An empty password field on an edit keeps the stored one: the screen never receives it to send back.
    stream_username: input.username ?? existing?.stream_username ?? null,
    stream_password: input.password ?? existing?.stream_password ?? null,
    updated_at: q.now,
  };
  const row = await audited(q.db, q.actor, async (trx) => {
    const saved = existing ? await updateCounter(trx, existing.id, values) : await insertCounter(trx, values);
    return {
      result: saved,
      audit: {
        action: existing ? "camera.counter.update" : "camera.counter.create",
        entity: "camera_counter",
        entityId: saved.id,
        unitId: shop.id,
        before: existing ? auditView(existing) : null,
        after: auditView(saved),
      },
    };
  });
  return toCounterDto({ ...row, shop_name: shop.name }, q.now);
}
