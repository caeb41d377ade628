import {
  actOnSpec,
  canSeeConflict,
  canSeeInspection,
  INSPECTION_FORMS,
  INSPECTION_STATUSES,
  ROLES,
  TEMPLATE_IDS,
  type Viewer,
  type ViewerAssignment,
  visibilitySpec,
} from "@par/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageConflictRows } from "../src/db/conflict-page.repository";
import type { Db } from "../src/db/database";
import { visibleInspectionIds } from "../src/db/inspection.repository";
import { ancestorPaths } from "../src/db/unit-tree.repository";
import { NOW } from "./helpers/callers";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();
const DATES = ["2091-01-10", "2091-06-15", "2091-11-30"];
const BODIES = ["so_noi_vu", "so_tu_phap", "so_xay_dung"];
let serial = 0;

/** Unit k of a world of n: parent = an earlier unit or none; `moves` re-parents a few afterwards. */
const worldArb = fc.integer({ min: 2, max: 10 }).chain((n) =>
  fc.record({
    parents: fc.tuple(
      ...Array.from({ length: n }, (_, k) => fc.option(fc.nat(k > 0 ? k - 1 : 0), { nil: null })),
    ),
    moves: fc.array(fc.tuple(fc.nat(n - 1), fc.option(fc.nat(n - 1), { nil: null })), { maxLength: 2 }),
    inspections: fc.array(
      fc.record({
        target: fc.nat(n - 1),
        approvedPlan: fc.boolean(),
        form: fc.constantFrom(...INSPECTION_FORMS),
        status: fc.constantFrom(...INSPECTION_STATUSES),
        leadBody: fc.constantFrom(...BODIES),
        startDate: fc.constantFrom(...DATES),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    viewers: fc.array(
      fc.record({
        held: fc.array(
          fc.record({
            role: fc.constantFrom(...ROLES),
            unit: fc.nat(n - 1),
            body: fc.constantFrom(...BODIES),
          }),
          { maxLength: 3 },
        ),
        // The account's province: the root above one of the units (issue 8 §3), or none.
        province: fc.option(fc.nat(n - 1), { nil: null }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    today: fc.constantFrom(...DATES),
  }),
);

async function insertUnit(db: Db, parentId: number | null): Promise<number> {
  serial += 1;
  const row = await db
    .insertInto("org_units")
    .values({
      code: `PT-${serial}-${Math.random().toString(36).slice(2, 7)}`,
      name: `Đơn vị thử ${serial}`,
      search_name: `don vi thu ${serial}`,
      kind: "division",
      tier: null,
      parent_id: parentId,
      valid_from: "2020-01-01",
      created_at: NOW,
      updated_at: NOW,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertPlan(db: Db, year: number, status: "approved" | "draft"): Promise<number> {
  // The plans' own province does not matter here: the predicate reads the inspection's province_id.
  const province = await insertUnit(db, null);
  const row = await db
    .insertInto("plans")
    .values({
      province_id: province,
      year,
      template_id: "dong-nai-2023",
      status,
      quotas: "{}",
      created_at: NOW,
      updated_at: NOW,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

describe("R5 in SQL: the shared predicate agrees with the domain's rule", () => {
  it("visibleInspection = canSeeInspection on random trees (with moves), provinces, viewers and inspections", async () => {
    const db = t.trx;
    const plans = {
      approved: await insertPlan(db, 2091, "approved"),
      draft: await insertPlan(db, 2092, "draft"),
    };
    await fc.assert(
      fc.asyncProperty(worldArb, async (w) => {
        // The register, written unit by unit, then moved: the triggers must keep every path.
        const parent: (number | null)[] = w.parents.map((p, k) => (k === 0 ? null : p));
        const ids: number[] = [];
        for (const p of parent) ids.push(await insertUnit(db, p === null ? null : ids[p]!));
        for (const [unit, to] of w.moves) {
          const chain = (k: number | null): number[] => (k === null ? [] : [k, ...chain(parent[k] ?? null)]);
          if (to !== null && chain(to).includes(unit)) continue; // never under its own subtree
          parent[unit] = to;
          await db
            .updateTable("org_units")
            .set({ parent_id: to === null ? null : ids[to]! })
            .where("id", "=", ids[unit]!)
            .execute();
        }
        const pathOf = (k: number): number[] => [ids[k]!, ...(parent[k] == null ? [] : pathOf(parent[k]!))];
        const stored = await ancestorPaths(db, ids);
        for (const k of ids.keys()) expect(stored.get(ids[k]!)).toEqual(pathOf(k));

        const rows: ((typeof w.inspections)[number] & { id: number })[] = [];
        for (const i of w.inspections) {
          const row = await db
            .insertInto("inspections")
            .values({
              plan_id: i.approvedPlan ? plans.approved : plans.draft,
              target_unit_id: ids[i.target]!,
              form: i.form,
              status: i.status,
              lead_body: i.leadBody,
              areas: "[]",
              fields: "[]",
              start_date: i.startDate,
              end_date: i.startDate,
              created_at: NOW,
              updated_at: NOW,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          rows.push({ id: row.id, ...i });
        }
        // Scheduling conflicts between the first few inspections, every ordered pair.
        type Row = (typeof rows)[number];
        const pairs = rows
          .slice(0, 4)
          .flatMap((a) => rows.slice(0, 4).flatMap((b): [Row, Row][] => (a === b ? [] : [[a, b]])));
        const conflicts = new Map<number, [Row, Row]>();
        for (const [a, b] of pairs) {
          const c = await db
            .insertInto("schedule_conflicts")
            .values({
              inspection_id: a.id,
              hidden_inspection_id: b.id,
              kind: "same_days",
              member: null,
              first_day: a.startDate,
              detected_at: NOW,
              detected_by: null,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          conflicts.set(c.id, [a, b]);
        }
        for (const { held, province } of w.viewers) {
          const provinceId = province === null ? null : pathOf(province).at(-1)!;
          const viewer: Viewer = {
            assignments: held.map(({ role, unit, body }): ViewerAssignment => {
              if (role !== "unit_officer" && role !== "sector_inspector")
                return { role, unitId: null, provinceId };
              return { role, unitId: ids[unit]!, unitPath: pathOf(unit), leadBody: body, provinceId };
            }),
          };
          const spec = visibilitySpec(viewer, w.today);
          const sql = await visibleInspectionIds(
            db,
            rows.map((r) => r.id),
            TEMPLATE_IDS.map((templateId) => ({ templateId, spec })),
          );
          for (const r of rows) {
            const facts = { ...r, targetPath: pathOf(r.target), planApproved: r.approvedPlan };
            expect(sql.has(r.id), JSON.stringify({ viewer, facts, today: w.today })).toBe(
              canSeeInspection(viewer, facts, w.today),
            );
          }
          // conflicts.list's SQL = canSeeConflict (both sides visible, may act on the hidden one).
          const listed = await pageConflictRows(db, {
            includeResolved: true,
            seenBy: TEMPLATE_IDS.map((templateId) => ({ templateId, spec, actOn: actOnSpec(viewer) })),
            limit: 100_000,
          });
          const seenIds = new Set(listed.map((c) => c.id));
          for (const [id, [a, b]] of conflicts) {
            const factsOf = (r: (typeof rows)[number]) => ({
              ...r,
              targetPath: pathOf(r.target),
              planApproved: r.approvedPlan,
            });
            expect(seenIds.has(id), JSON.stringify({ viewer, a, b, today: w.today })).toBe(
              canSeeConflict(viewer, factsOf(a), factsOf(b), w.today),
            );
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
