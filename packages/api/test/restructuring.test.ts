import { mulberry32, predecessorsOf } from "@par/domain";
import { describe, expect, it } from "vitest";
import { lineageOf } from "../src/db/succession.repository";
import { findUnit } from "../src/db/unit.repository";
import { openRecommendationsBefore } from "../src/inspections/inspection-commands";
import { historyBefore } from "../src/plans/proposal";
import { NOW, signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { onDay, seedEarlierConclusion } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();
const IN_2026 = onDay("2026-01-05");

describe("restructuring the register while the server runs", () => {
  it("previews the 2025 department mergers, applies them in one audited transaction, and refuses a second run", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin", IN_2026);
    const shipped = await admin.units.restructureShipped();
    expect(shipped.map((s) => s.applied)).toEqual([false, false]);
    expect(shipped.map((s) => [s.id, s.effectiveDate, s.rows])).toEqual([
      ["dong-nai-2025-03-departments", "2025-03-01", 6],
      ["dong-nai-2025-07-two-tier", "2025-07-01", 11 + 95],
    ]);
    const preview = await admin.units.restructurePreview({ shipped: "dong-nai-2025-03-departments" });
    expect(preview.ok).toBe(true);
    expect(preview.closeOn).toBe("2025-02-28");
    expect(preview.closes.filter((c) => c.withParent === null).map((c) => c.code)).toEqual([
      "SKHDT",
      "SGTVT",
      "STNMT",
      "SNNPTNT",
      "STTTT",
      "SLDTBXH",
    ]);
    expect(preview.opens.map((o) => [o.code, o.name])).toEqual([["SNNMT", "Sở Nông nghiệp và Môi trường"]]);
    expect(preview.successions).toHaveLength(6);

    const before = await admin.units.tierCounts({ at: "2025-03-01" });
    expect(before.find((x) => x.tier === "agency")?.count).toBe(21);
    const applied = await admin.units.restructureApply({
      shipped: "dong-nai-2025-03-departments",
      token: preview.token,
    });
    expect(applied).toMatchObject({ created: 1, successions: 6, closed: preview.closes.length });
    expect((await admin.units.tierCounts({ at: "2025-03-01" })).find((x) => x.tier === "agency")?.count).toBe(
      16,
    );
    expect((await admin.units.tierCounts({ at: "2025-02-28" })).find((x) => x.tier === "agency")?.count).toBe(
      21,
    );
    const audit = await t.trx
      .selectFrom("audit_log")
      .select(["action"])
      .where("action", "like", "restructure.%")
      .execute();
    expect(audit.filter((a) => a.action === "restructure.succession")).toHaveLength(6);
    expect(audit.filter((a) => a.action === "restructure.apply")).toHaveLength(1);

    const again = await failureOf(admin.units.restructureApply({ shipped: "dong-nai-2025-03-departments" }));
    expect(again).toMatchObject({ code: "BAD_REQUEST", domainCode: "RESTRUCTURE.INVALID" });
    expect(again.message).toContain(
      'Dòng 2 – Mã nguồn: "Sở Kế hoạch và Đầu tư" đã kết thúc hiệu lực ngày 28/02/2025',
    );
  });

  it("counts the 2026 departments and communes in a 2026 plan after both 2025 restructurings", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin", IN_2026);
    await admin.units.restructureApply({ shipped: "dong-nai-2025-03-departments" });
    await admin.units.restructureApply({ shipped: "dong-nai-2025-07-two-tier" });
    await admin.plans.create({ year: 2026, template: "dong-nai-2026" });
    const coverage = await admin.plans.coverage({ year: 2026 });
    expect(coverage.tiers.map((x) => [x.tier, x.eligible, x.required])).toEqual([
      ["agency", 16, 7],
      ["commune", 95, 19],
    ]);
  });

  it("history follows the successor: a merged department's 2022 recommendations reach Sở Tài chính", async () => {
    const skhdt = await unitIdByCode(t.trx, "SKHDT");
    const stc = await unitIdByCode(t.trx, "STC");
    const [rec] = await seedEarlierConclusion(t.trx, {
      year: 2022,
      unitId: skhdt,
      recommendations: [{ text: "Cập nhật quy trình nội bộ giải quyết TTHC", deadline: "2023-03-31" }],
    });
    expect((await openRecommendationsBefore(t.trx, stc, 2026)).map((r) => r.id)).toEqual([]);
    const { caller: admin } = await signIn(t.trx, "snv.admin", IN_2026);
    await admin.units.restructureApply({ shipped: "dong-nai-2025-03-departments" });
    expect(await lineageOf(t.trx, [stc])).toEqual([
      { unitId: stc, ancestorId: Math.min(stc, skhdt) },
      { unitId: stc, ancestorId: Math.max(stc, skhdt) },
    ]);
    expect((await openRecommendationsBefore(t.trx, stc, 2026)).map((r) => r.id)).toEqual([rec]);
    const lineage = await admin.units.lineage({ id: stc });
    expect(lineage.predecessors.map((p) => [p.unit.code, p.kind, p.effectiveDate])).toEqual([
      ["SKHDT", "merge", "2025-03-01"],
    ]);
    expect((await admin.units.lineage({ id: skhdt })).successors.map((p) => p.unit.code)).toEqual(["STC"]);
    // The proposal's history sees Sở Tài chính as last inspected in 2022 with one open recommendation.
    const province = (await findUnit(t.trx, stc))!.province_id;
    const history = await historyBefore(t.trx, province, 2026);
    expect(history.find((h) => h.unitId === stc)).toMatchObject({
      lastInspectionYear: 2022,
      openRecommendations: 1,
    });
  });

  it("renames keep the unit and its former name; a form-built restructuring with errors writes nothing", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin", NOW);
    const syt = await unitIdByCode(t.trx, "SYT");
    await admin.units.restructureApply({
      effectiveDate: "2024-01-01",
      rows: [{ op: "đổi tên", sourceCode: "SYT", targetName: "Sở Y tế tỉnh Đồng Nai" }],
    });
    expect((await admin.units.get({ id: syt })).unit.name).toBe("Sở Y tế tỉnh Đồng Nai");
    const former = await t.trx
      .selectFrom("unit_former_names")
      .selectAll()
      .where("unit_id", "=", syt)
      .execute();
    expect(former.map((f) => [f.name, f.valid_to])).toEqual([["Sở Y tế", "2023-12-31"]]);
    expect((await admin.units.lineage({ id: syt })).formerNames).toEqual([
      { name: "Sở Y tế", validTo: "2023-12-31" },
    ]);

    const count = async () =>
      Number(
        (await t.trx.selectFrom("org_units").select(t.trx.fn.countAll().as("n")).executeTakeFirstOrThrow()).n,
      );
    const n = await count();
    const bad = await failureOf(
      admin.units.restructureApply({
        effectiveDate: "2024-01-01",
        rows: [
          {
            op: "thành lập",
            targetCode: "SMOI",
            targetName: "Sở Mới",
            targetKind: "department",
            parentCode: "75",
          },
          { op: "sáp nhập", sourceCode: "SCT", targetCode: "SYT" },
          { op: "đổi tên", sourceCode: "SCT", targetName: "Sở Công Thương mới" },
        ],
      }),
    );
    expect(bad).toMatchObject({ domainCode: "RESTRUCTURE.INVALID" });
    expect(bad.message).toContain("Dòng 3");
    expect(await count()).toBe(n);
  });

  it("the SQL lineage agrees with the domain's predecessorsOf on random succession graphs, cycles included", async () => {
    const ids = (await t.trx.selectFrom("org_units").select("id").orderBy("id").limit(8).execute()).map(
      (r) => r.id,
    );
    const random = mulberry32(20251);
    for (let round = 0; round < 25; round++) {
      await t.trx.deleteFrom("unit_successions").execute();
      const edges = new Map<string, { predecessorId: number; successorId: number }>();
      const n = Math.floor(random() * 12);
      for (let i = 0; i < n; i++) {
        const p = ids[Math.floor(random() * ids.length)]!;
        const s = ids[Math.floor(random() * ids.length)]!;
        if (p !== s) edges.set(`${p}>${s}`, { predecessorId: p, successorId: s });
      }
      for (const e of edges.values()) {
        await t.trx
          .insertInto("unit_successions")
          .values({
            predecessor_id: e.predecessorId,
            successor_id: e.successorId,
            kind: "merge",
            effective_date: "2025-03-01",
            created_at: NOW,
          })
          .execute();
      }
      const sql = await lineageOf(t.trx, ids);
      for (const id of ids) {
        const fromSql = sql.filter((l) => l.unitId === id && l.ancestorId !== id).map((l) => l.ancestorId);
        expect(fromSql).toEqual(predecessorsOf(id, [...edges.values()]));
      }
    }
  });
});
