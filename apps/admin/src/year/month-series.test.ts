import { describe, expect, it } from "vitest";
import { monthCounts } from "./month-series";

describe("monthCounts", () => {
  it("counts on-site inspections by start month, conducted apart from planned", () => {
    const c = monthCounts("dong-nai-2023", [
      { month: 3, form: "announced", status: "closed", count: 1 },
      { month: 3, form: "surprise", status: "in_progress", count: 2 },
      { month: 3, form: "announced", status: "draft", count: 1 },
      { month: 11, form: "announced", status: "scheduled", count: 4 },
    ]);
    expect(c.done[2]).toBe(3);
    expect(c.planned[2]).toBe(1);
    expect(c.planned[10]).toBe(4);
    expect(c.done.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("leaves out remote checks and cancelled inspections", () => {
    const c = monthCounts("dong-nai-2023", [
      { month: 5, form: "remote_dossier", status: "closed", count: 3 },
      { month: 5, form: "announced", status: "cancelled", count: 2 },
    ]);
    expect([...c.done, ...c.planned].every((n) => n === 0)).toBe(true);
  });
});
