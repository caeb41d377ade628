import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { districtSheetIn } from "./helpers/par-index";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
const YEAR = 2023;

const kindsOf = async (username: string) => {
  const { caller } = await signIn(t.trx, username);
  const page = await caller.notifications.page({ limit: 50 });
  return page.items.filter((n) => n.kind.startsWith("par_index_"));
};

describe("PAR index: notifications after each step", () => {
  it("the unit's self-score and explanation reach Sở Nội vụ; round 1 and the lock reach the unit, linking to its sheet", async () => {
    const bienHoa = await unitIdByCode(t.trx, "731");
    await districtSheetIn(t.trx, bienHoa, YEAR, "self_scoring");
    const { caller: clerk } = await signIn(t.trx, "ubnd.bienhoa");
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const key = { unitId: bienHoa, year: YEAR };

    await clerk.parIndex.submit(key);
    const toProvince = await kindsOf("snv.admin");
    expect(toProvince.map((n) => [n.kind, n.link, n.subject])).toEqual([
      ["par_index_submitted", `/admin/par-index/${YEAR}/units/${bienHoa}`, "Thành phố Biên Hòa"],
    ]);
    // Addressed to the province: neither the unit nor another unit nor a reader sees it.
    expect(await kindsOf("ubnd.bienhoa")).toEqual([]);
    expect(await kindsOf("ubnd.xuanloc")).toEqual([]);
    expect(await kindsOf("lanhdao")).toEqual([]);

    await admin.parIndex.finishRound(key);
    const toUnit = await kindsOf("ubnd.bienhoa");
    expect(toUnit.map((n) => [n.kind, n.link])).toEqual([
      ["par_index_appraised", `/portal/par-index/${YEAR}`],
    ]);
    expect(toUnit[0]!.subject).toBe(`Chỉ số CCHC năm ${YEAR}: Thành phố Biên Hòa`);
    expect(await kindsOf("ubnd.xuanloc")).toEqual([]);

    await clerk.parIndex.explain(key);
    expect((await kindsOf("snv.admin")).map((n) => n.kind)).toEqual([
      "par_index_explained",
      "par_index_submitted",
    ]);
    await admin.parIndex.finishRound(key);
    await admin.parIndex.lock(key);
    expect((await kindsOf("ubnd.bienhoa")).map((n) => n.kind)).toEqual([
      "par_index_locked",
      "par_index_appraised",
    ]);
    // Round 2 alone tells nobody (the lock follows it); the province hears nothing of its own steps.
    expect((await kindsOf("snv.admin")).map((n) => n.kind)).toEqual([
      "par_index_explained",
      "par_index_submitted",
    ]);
  });
});
