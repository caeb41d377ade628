import {
  coverageByTier,
  coverageForms,
  coverageFromCounts,
  INSPECTION_FORMS,
  INSPECTION_STATUSES,
  internalCoverage,
  internalFromCounts,
  poolDate,
  UNIT_KINDS,
  type UnitKind,
  visibilitySpec,
} from "@par/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tierCoverageCounts } from "../src/db/coverage.repository";
import type { Db } from "../src/db/database";
import { internalCoverageCounts } from "../src/db/internal-coverage.repository";
import { toUnitRef } from "../src/db/unit-tree.repository";
import { templateOf } from "../src/inspections/viewer";
import { NOW } from "./helpers/callers";
import { useTestDb } from "./helpers/test-db";

/**
 * The aggregates of R2 (plans.coverage) and R9 (internal.overview) are SQL; the rules stay pure
 * functions in the domain. On random registers (kinds, parents, validity) and random inspections,
 * the SQL's counts and the domain's must agree.
 */
const t = useTestDb();
const YEAR = 2093;
const DATES = ["2090-06-01", "2093-01-01", "2093-07-01", "2095-01-01"];
const template = templateOf("dong-nai-2023");
let serial = 0;

const unitArb = (n: number) =>
  fc.record({
    kind: fc.constantFrom(...UNIT_KINDS),
    parent: fc.nat(Math.max(0, n - 1)),
    validFrom: fc.constantFrom(...DATES.slice(0, 3)),
    validTo: fc.option(fc.constantFrom(...DATES), { nil: null }),
    manySubordinates: fc.boolean(),
  });

const worldArb = fc.integer({ min: 3, max: 14 }).chain((n) =>
  fc.record({
    units: fc.array(unitArb(n), { minLength: n, maxLength: n }),
    inspections: fc.array(
      fc.record({
        target: fc.nat(n - 1),
        form: fc.constantFrom(...INSPECTION_FORMS),
        status: fc.constantFrom(...INSPECTION_STATUSES),
      }),
      { maxLength: 12 },
    ),
    internal: fc.array(fc.record({ parent: fc.nat(n - 1), target: fc.nat(n - 1), done: fc.boolean() }), {
      maxLength: 12,
    }),
  }),
);

async function insertUnits(
  db: Db,
  units: {
    kind: UnitKind;
    parent: number;
    validFrom: string;
    validTo: string | null;
    manySubordinates: boolean;
  }[],
) {
  const ids: number[] = [];
  for (const [k, u] of units.entries()) {
    serial += 1;
    const row = await db
      .insertInto("org_units")
      .values({
        code: `AG-${serial}-${Math.random().toString(36).slice(2, 7)}`,
        name: `Đơn vị ${serial}`,
        search_name: `don vi ${serial}`,
        kind: u.kind,
        tier: null,
        parent_id: k === 0 ? null : ids[u.parent % k]!,
        many_subordinates: u.manySubordinates,
        valid_from: u.validFrom,
        valid_to: u.validTo !== null && u.validTo < u.validFrom ? u.validFrom : u.validTo,
        created_at: NOW,
        updated_at: NOW,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

describe("aggregates in SQL agree with the domain's rules on random registers", () => {
  it("R2 coverage counts (tierCoverageCounts) = coverageByTier; R9 pools (internalCoverageCounts) = internalCoverage", async () => {
    const db = t.trx;
    const everyone = everyoneSpecs();
    await fc.assert(
      fc.asyncProperty(worldArb, async (w) => {
        await insertUnits(db, w.units);
        const allIds = (await db.selectFrom("org_units").select("id").execute()).map((r) => r.id);
        const mine = allIds.slice(-w.units.length);
        // Each world is a province of its own (its first unit is a root): plans are per province.
        const province = mine[0]!;
        const plan = await db
          .insertInto("plans")
          .values({
            province_id: province,
            year: YEAR,
            template_id: "dong-nai-2023",
            status: "approved",
            quotas: "{}",
            created_at: NOW,
            updated_at: NOW,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        for (const i of w.inspections) {
          await db
            .insertInto("inspections")
            .values({
              plan_id: plan.id,
              target_unit_id: mine[i.target]!,
              form: i.form,
              status: i.status,
              lead_body: "so_noi_vu",
              areas: "[]",
              fields: "[]",
              start_date: "2093-05-01",
              end_date: "2093-05-01",
              created_at: NOW,
              updated_at: NOW,
            })
            .execute();
        }
        for (const n of w.internal) {
          await db
            .insertInto("internal_inspections")
            .values({
              parent_unit_id: mine[n.parent]!,
              target_unit_id: mine[n.target]!,
              year: YEAR,
              start_date: "2093-03-01",
              end_date: "2093-03-01",
              areas: "[]",
              status: n.done ? "done" : "planned",
              created_at: NOW,
              updated_at: NOW,
            })
            .execute();
        }
        // The whole register as the domain reads it (the test's own load: the API never does this).
        const units = (
          await db.selectFrom("org_units").selectAll().where("province_id", "=", province).execute()
        ).map(toUnitRef);
        const facts = await db
          .selectFrom("inspections")
          .select(["target_unit_id", "form", "status"])
          .where("plan_id", "=", plan.id)
          .execute();

        const tiers = template.tiers.map((x) => x.tier);
        const sql = coverageFromCounts(
          template,
          await tierCoverageCounts(
            db,
            {
              planId: plan.id,
              provinceId: province,
              poolDate: poolDate(YEAR),
              forms: coverageForms(template),
              visibleTo: everyone,
            },
            tiers,
          ),
        );
        const domain = coverageByTier({
          template,
          year: YEAR,
          units,
          inspections: facts.map((f) => ({ targetUnitId: f.target_unit_id, form: f.form, status: f.status })),
        }).map(({ doneUnitIds: _d, plannedUnitIds: _p, ...rest }) => rest);
        expect(sql).toEqual(domain);

        const done = await db
          .selectFrom("internal_inspections")
          .select(["parent_unit_id", "target_unit_id"])
          .where("year", "=", YEAR)
          .where("status", "=", "done")
          .execute();
        const counted = new Map(
          (
            await internalCoverageCounts(db, {
              provinceId: province,
              year: YEAR,
              poolDate: poolDate(YEAR),
              scopeRoots: "all",
            })
          ).map((r) => [r.id, r]),
        );
        for (const parent of units.filter((u) => mine.includes(u.id))) {
          const row = counted.get(parent.id);
          const inspecting = ["department", "agency", "office", "district"].includes(parent.kind);
          const inPool =
            parent.validFrom <= `${YEAR}-01-01` &&
            (parent.validTo === null || parent.validTo >= `${YEAR}-01-01`);
          expect(row !== undefined, JSON.stringify(parent)).toBe(inspecting && inPool);
          if (!row) continue;
          const d = internalCoverage({
            template,
            year: YEAR,
            parent,
            units: units.filter((u) => u.parentId === parent.id),
            inspectedUnitIds: done.filter((x) => x.parent_unit_id === parent.id).map((x) => x.target_unit_id),
          });
          expect(
            internalFromCounts(template, {
              manySubordinates: row.many_subordinates,
              poolSize: row.pool_size,
              done: row.done,
            }),
          ).toEqual({ pct: d.pct, required: d.required, done: d.done, shortfall: d.shortfall });
          expect(row.pool_size).toBe(d.poolUnitIds.length);
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});

/** A province-wide planner: sees every inspection, so the aggregates count them all. */
function everyoneSpecs() {
  const spec = visibilitySpec({ assignments: [{ role: "province_admin", unitId: null }] }, "2093-12-31");
  return [{ templateId: "dong-nai-2023", spec }];
}
