import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, isoOfDay } from "../calendar/iso-date";
import { INSPECTION_STATUSES } from "../inspections/inspection-status";
import { transition } from "../inspections/lifecycle";
import { PLAN_TEMPLATES } from "../templates/registry";
import { INSPECTION_FORMS } from "../templates/template-types";
import { checkOverlap } from "./overlap";
import { checkSchedule } from "./schedule";
import { checkAgainstTemplate } from "./template-conformance";

/**
 * The rules' failure and warning messages reach users as they are: labels, never field codes, and
 * dates as dd/mm/yyyy. Checked over generated windows, forms and bookings rather than a hand list.
 */
const CODE_OR_ISO =
  /\([a-z][A-Za-z0-9]*\)|\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[a-z]+_[a-z_]+\b|\b\d{4}-\d{2}-\d{2}\b|yyyy-mm-dd|dong-nai-\d{4}/;

const template = PLAN_TEMPLATES["dong-nai-2023"];
const day = fc.integer({ min: dayNumber("2022-12-01"), max: dayNumber("2024-01-31") }).map(isoOfDay);
const form = fc.constantFrom(...INSPECTION_FORMS);
const status = fc.constantFrom(...INSPECTION_STATUSES);
const body = fc.constantFrom(...template.leadBodies.map((b) => b.code));

describe("rule messages name labels and dd/mm/yyyy dates", () => {
  it("checkSchedule", () => {
    let failures = 0;
    fc.assert(
      fc.property(day, day, fc.option(day), form, day, (start, end, notice, f, busy) => {
        const r = checkSchedule({
          template,
          year: 2023,
          inspection: { form: f, startDate: start, endDate: end, noticeDate: notice, teamMemberIds: [1] },
          bookings: [
            { inspectionId: 9, status: "scheduled", startDate: busy, endDate: busy, teamMemberIds: [1] },
          ],
        });
        if (!r.ok) {
          failures++;
          expect(r.message).not.toMatch(CODE_OR_ISO);
        }
      }),
      { numRuns: 400 },
    );
    expect(failures).toBeGreaterThan(0);
  });

  it("checkOverlap", () => {
    const visit = fc.record({ form, status, leadBody: body, startDate: day, endDate: day });
    fc.assert(
      fc.property(visit, fc.array(visit, { maxLength: 4 }), (c, others) => {
        const r = checkOverlap(
          template,
          { ...c, targetUnitId: 1 },
          others.map((o, i) => ({ ...o, id: i + 1, targetUnitId: 1 })),
        );
        const texts = r.ok ? r.value.warnings.map((w) => w.message) : [r.message];
        for (const t of texts) expect(t).not.toMatch(CODE_OR_ISO);
      }),
      { numRuns: 300 },
    );
  });

  it("transition: every status, form and target, by an admin and by a unit officer", () => {
    const admin = { assignments: [{ role: "province_admin" as const, unitId: null }] };
    const officer = { assignments: [{ role: "unit_officer" as const, unitId: 7 }] };
    let refused = 0;
    for (const from of INSPECTION_STATUSES)
      for (const to of INSPECTION_STATUSES)
        for (const f of INSPECTION_FORMS)
          for (const actor of [admin, officer]) {
            const r = transition(
              { form: f, status: from, leadBody: "so_noi_vu", noticeDate: null },
              to,
              actor,
            );
            if (r.ok) continue;
            refused++;
            expect(r.message).not.toMatch(CODE_OR_ISO);
          }
    expect(refused).toBeGreaterThan(0);
  });

  it("checkAgainstTemplate", () => {
    const code = fc.constantFrom("9", "x", "dat_dai", "so_noi_vu", "hanoi");
    fc.assert(
      fc.property(
        form,
        fc.array(code, { maxLength: 3 }),
        fc.array(code, { maxLength: 3 }),
        code,
        (f, a, fl, lb) => {
          const r = checkAgainstTemplate(template, { form: f, areas: a, fields: fl, leadBody: lb });
          // The refused code is quoted back as the caller sent it; the rest of the text is words.
          if (!r.ok) expect(r.message.replace(/"[^"]*"/g, '""')).not.toMatch(CODE_OR_ISO);
        },
      ),
    );
  });
});
