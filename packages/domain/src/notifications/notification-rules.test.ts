import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reminderDue } from "./notification-rules";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("deadline reminders", () => {
  it("d7 within a week, d1 within a day, overdue once past, nothing further out", () => {
    expect(reminderDue("2023-06-30", "2023-06-01")).toBeNull();
    expect(reminderDue("2023-06-08", "2023-06-01")).toBe("d7");
    expect(reminderDue("2023-06-02", "2023-06-01")).toBe("d1");
    expect(reminderDue("2023-06-01", "2023-06-01")).toBe("d1");
    expect(reminderDue("2023-05-31", "2023-06-01")).toBe("overdue");
  });

  it("as the days pass, a deadline's reminders only move forward: null → d7 → d1 → overdue", () => {
    const order = [null, "d7", "d1", "overdue"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 60 }), (offset, span) => {
        const deadline = new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000);
        let last = -1;
        for (let d = span; d >= -3; d--) {
          const today = iso(new Date(deadline.getTime() - d * 86_400_000));
          const at = order.indexOf(reminderDue(iso(deadline), today));
          expect(at).toBeGreaterThanOrEqual(last);
          last = at;
        }
        expect(order[last]).toBe("overdue");
      }),
      { numRuns: 100 },
    );
  });
});
