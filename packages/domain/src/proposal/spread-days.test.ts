import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWorkingDay } from "../calendar/working-days";
import { type DayBooking, type DaySpreadInput, spreadOverDays } from "./spread-days";

const input = fc
  .record({
    year: fc.constantFrom(2023, 2024, 2025, 2026),
    month: fc.integer({ min: 1, max: 12 }),
    units: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 60 }),
    teamsPerDay: fc.integer({ min: 0, max: 4 }),
    bookings: fc.array(
      fc.record({
        targetUnitId: fc.integer({ min: 1, max: 40 }),
        from: fc.integer({ min: 1, max: 28 }),
        len: fc.integer({ min: 0, max: 3 }),
        usesTeam: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ year, month, units, teamsPerDay, bookings }): DaySpreadInput => {
    const mm = String(month).padStart(2, "0");
    const day = (d: number) => `${year}-${mm}-${String(Math.min(d, 28)).padStart(2, "0")}`;
    return {
      year,
      month,
      teamsPerDay,
      picks: units.map((targetUnitId, key) => ({ key, targetUnitId })),
      bookings: bookings.map(
        (b): DayBooking => ({
          targetUnitId: b.targetUnitId,
          startDate: day(b.from),
          endDate: day(b.from + b.len),
          usesTeam: b.usesTeam,
        }),
      ),
    };
  });

describe("spreading accepted picks over the month's working days", () => {
  it("gives every placed pick one working day inside its month", () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const p of spreadOverDays(i).placed) {
          expect(p.startDate.slice(0, 7)).toBe(`${i.year}-${String(i.month).padStart(2, "0")}`);
          expect(isWorkingDay(p.startDate)).toBe(true);
          expect(p.endDate).toBe(p.startDate);
        }
      }),
    );
  });

  it("never puts more teams on a day than the body has, counting its existing inspections", () => {
    fc.assert(
      fc.property(input, (i) => {
        const perDay = new Map<string, number>();
        for (const p of spreadOverDays(i).placed) perDay.set(p.startDate, (perDay.get(p.startDate) ?? 0) + 1);
        for (const [day, n] of perDay) {
          const booked = (i.bookings ?? []).filter(
            (b) => b.usesTeam && b.startDate <= day && b.endDate >= day,
          );
          expect(n + booked.length).toBeLessThanOrEqual(i.teamsPerDay);
        }
      }),
    );
  });

  it("never visits a unit on a day it already has an inspection, and answers for every pick once", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = spreadOverDays(i);
        const unitOf = new Map(i.picks.map((p) => [p.key, p.targetUnitId]));
        const seen = new Set<string>();
        for (const p of r.placed) {
          const unit = unitOf.get(p.key)!;
          const busy = (i.bookings ?? []).some(
            (b) => b.targetUnitId === unit && b.startDate <= p.startDate && b.endDate >= p.startDate,
          );
          expect(busy).toBe(false);
          expect(seen.has(`${unit}@${p.startDate}`)).toBe(false);
          seen.add(`${unit}@${p.startDate}`);
        }
        const keys = [...r.placed.map((p) => p.key), ...r.unplaced.map((u) => u.key)].sort((a, b) => a - b);
        expect(keys).toEqual(i.picks.map((p) => p.key));
        for (const u of r.unplaced) expect(u.reason.vi).toMatch(/^Tháng/);
      }),
    );
  });

  it("is deterministic for a given input", () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(spreadOverDays(i)).toEqual(spreadOverDays(structuredClone(i)));
      }),
    );
  });

  it("places everything when the month has room, one pick a day while picks ≤ working days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 23 }), (month, wanted) => {
        const mm = String(month).padStart(2, "0");
        const workingDays = Array.from(
          { length: 31 },
          (_, d) => `2025-${mm}-${String(d + 1).padStart(2, "0")}`,
        )
          .filter((d) => !Number.isNaN(Date.parse(d)) && new Date(d).getUTCMonth() + 1 === month)
          .filter((d) => isWorkingDay(d)).length;
        const k = Math.min(wanted, workingDays);
        const picks = Array.from({ length: k }, (_, key) => ({ key, targetUnitId: key + 1 }));
        const r = spreadOverDays({ year: 2025, month, picks, teamsPerDay: 1 });
        expect(r.unplaced).toEqual([]);
        expect(new Set(r.placed.map((p) => p.startDate)).size).toBe(k);
      }),
    );
  });

  it("spreads five March 2023 picks over the month, not on its first day, and skips a busy day", () => {
    const picks = [1, 2, 3, 4, 5].map((u) => ({ key: u, targetUnitId: u }));
    const r = spreadOverDays({ year: 2023, month: 3, picks, teamsPerDay: 1 });
    // 23 working days in March 2023: aims at days 2, 6, 11, 16, 20 (0-based).
    expect(r.placed.map((p) => p.startDate)).toEqual([
      "2023-03-03",
      "2023-03-09",
      "2023-03-16",
      "2023-03-23",
      "2023-03-29",
    ]);
    const busy = spreadOverDays({
      year: 2023,
      month: 3,
      picks: [{ key: 1, targetUnitId: 1 }],
      teamsPerDay: 1,
      bookings: [{ targetUnitId: 1, startDate: "2023-03-16", endDate: "2023-03-17", usesTeam: false }],
    });
    // Aims at 16/03 (busy), then 17/03 (busy), then 15/03.
    expect(busy.placed[0]?.startDate).toBe("2023-03-15");
  });

  it("says why a pick does not fit when the body has no team free", () => {
    const r = spreadOverDays({ year: 2023, month: 1, picks: [{ key: 9, targetUnitId: 9 }], teamsPerDay: 0 });
    expect(r.placed).toEqual([]);
    expect(r.unplaced[0]?.reason.vi).toContain("01/2023");
  });
});
