import { describe, expect, it } from "vitest";
import * as history from "../src/db/migrations/2026_11_28_0002_history";
import { NOW } from "./helpers/callers";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

describe("migration 2026_11_28_0002_history", () => {
  it("copies a finding on the plain item 5 to each open recommendation's item, and down undoes exactly that", async () => {
    await history.down(t.trx);
    const insp = await t.trx.selectFrom("inspections").select("id").orderBy("id").executeTakeFirstOrThrow();
    await t.trx
      .updateTable("inspections")
      .set({
        follow_up: JSON.stringify([
          { id: 901, text: "Kiến nghị A", deadline: null, conclusionYear: 2021 },
          { id: 902, text: "Kiến nghị B", deadline: null, conclusionYear: 2021 },
        ]),
      })
      .where("id", "=", insp.id)
      .execute();
    await t.trx
      .insertInto("findings")
      .values({
        inspection_id: insp.id,
        item_code: "5",
        rating: "co_ton_tai",
        note: "Chung",
        recorded_at: NOW,
      })
      .execute();
    const codes = async () =>
      (
        await t.trx
          .selectFrom("findings")
          .select(["item_code", "rating", "note"])
          .where("inspection_id", "=", insp.id)
          .where("item_code", "like", "5%")
          .orderBy("item_code")
          .execute()
      ).map((f) => [f.item_code, f.rating, f.note]);

    await history.up(t.trx);
    expect(await codes()).toEqual([
      ["5", "co_ton_tai", "Chung"],
      ["5.r901", "co_ton_tai", "Chung"],
      ["5.r902", "co_ton_tai", "Chung"],
    ]);
    await history.down(t.trx);
    expect(await codes()).toEqual([["5", "co_ton_tai", "Chung"]]);
    await history.up(t.trx);
  });
});
