import { reminderDue } from "@par/domain";
import { describe, expect, it } from "vitest";
import { produceDeadlineReminders } from "../src/notifications/deadline-sweep";
import { seedEarlierConclusion } from "./helpers/inspections";
import { addBinhPhuoc } from "./helpers/second-province";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();
const TODAY = "2024-03-10";
const noPause = async () => {};

/** Deadlines around every threshold, three on one day so a batch boundary falls inside a tie. */
const DEADLINES = [
  "2023-12-31",
  "2024-03-09",
  "2024-03-10",
  "2024-03-11",
  "2024-03-11",
  "2024-03-11",
  "2024-03-13",
  "2024-03-17",
  "2024-03-18",
  "2024-06-30",
];

async function districtOf(provinceId: number) {
  const row = await t.trx
    .selectFrom("org_units")
    .select("id")
    .where("province_id", "=", provinceId)
    .where("kind", "=", "district")
    .orderBy("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Each province: open recommendations around every threshold, one resolved, one of a closed inspection. */
async function seedProvince(provinceId: number) {
  const unitId = await districtOf(provinceId);
  const recs = DEADLINES.map((deadline, i) => ({ text: `Kiến nghị ${i + 1} (${deadline})`, deadline }));
  const ids = await seedEarlierConclusion(t.trx, { year: 2023, unitId, recommendations: recs });
  await t.trx.updateTable("recommendations").set({ status: "resolved" }).where("id", "=", ids[0]!).execute();
  const [closedRec] = await seedEarlierConclusion(t.trx, {
    year: 2022,
    unitId,
    recommendations: [{ text: "Kiến nghị của cuộc đã đóng", deadline: "2024-03-01" }],
  });
  await t.trx
    .updateTable("inspections")
    .set({ status: "closed" })
    .where("id", "=", (eb) =>
      eb.selectFrom("recommendations").select("inspection_id").where("id", "=", closedRec!),
    )
    .execute();
}

/** What the domain expects: every open recommendation of an inspection not closed, at reminderDue's threshold. */
async function expectedReminders() {
  const rows = await t.trx
    .selectFrom("recommendations as r")
    .innerJoin("inspections as i", "i.id", "r.inspection_id")
    .select(["r.id", "r.unit_id", "r.text", "r.deadline", "r.province_id"])
    .where("r.status", "<>", "resolved")
    .where("i.status", "<>", "closed")
    .execute();
  return rows.flatMap((r) => {
    const threshold = reminderDue(r.deadline, TODAY);
    if (threshold === null) return [];
    const kind = threshold === "overdue" ? "deadline_overdue" : "deadline_near";
    return [
      {
        dedupe_key: `rec:${r.id}:${threshold}`,
        unit_id: r.unit_id,
        subject: r.text,
        due_date: r.deadline,
        kind,
        province: r.province_id,
      },
    ];
  });
}

describe("the deadline sweep, per province in keyset batches (issue 8 for background jobs)", () => {
  it("over two provinces, each with more due recommendations than a batch, it queues exactly the domain's reminders; a rerun (any batch size) inserts nothing", async () => {
    const dongNai = (
      await t.trx.selectFrom("org_units").select("id").where("code", "=", "75").executeTakeFirstOrThrow()
    ).id;
    const binhPhuoc = (await addBinhPhuoc(t.trx)).provinceId;
    await seedProvince(dongNai);
    await seedProvince(binhPhuoc);
    const expected = await expectedReminders();
    for (const p of [dongNai, binhPhuoc])
      expect(expected.filter((e) => e.province === p).length).toBeGreaterThan(3);

    let batches = 0;
    const counting = async () => {
      batches++;
    };
    const queued = await produceDeadlineReminders(t.trx, TODAY, { batch: 3, pause: counting });
    expect(queued).toBe(expected.length);
    // More than one batch per province: the keyset really pages.
    expect(batches).toBeGreaterThan(4);

    const rows = await t.trx
      .selectFrom("notifications")
      .select(["dedupe_key", "unit_id", "subject", "due_date", "kind", "link"])
      .where("dedupe_key", "like", "rec:%")
      .execute();
    // Compared in one order whatever the database's collation.
    const byKey = (a: { dedupe_key: string | null }, b: { dedupe_key: string | null }) =>
      (a.dedupe_key ?? "") < (b.dedupe_key ?? "") ? -1 : 1;
    expect(rows.sort(byKey)).toEqual(
      [...expected].sort(byKey).map(({ province: _, ...e }) => ({ ...e, link: "/portal/responses" })),
    );

    expect(await produceDeadlineReminders(t.trx, TODAY, { batch: 3, pause: noPause })).toBe(0);
    expect(await produceDeadlineReminders(t.trx, TODAY, { batch: 2, pause: noPause })).toBe(0);
    expect(await produceDeadlineReminders(t.trx, TODAY)).toBe(0);
  });
});
