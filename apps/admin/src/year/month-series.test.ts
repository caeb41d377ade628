import { describe, expect, it } from "vitest";
import { monthCounts } from "./month-series";

describe("monthCounts", () => {
  it("counts on-site inspections by start month, conducted apart from planned", () => {
    const c = monthCounts(2023, "dong-nai-2023", [
      { form: "announced", status: "closed", startDate: "2023-03-06" },
      { form: "surprise", status: "in_progress", startDate: "2023-03-20" },
      { form: "announced", status: "draft", startDate: "2023-03-01" },
      { form: "announced", status: "scheduled", startDate: "2023-11-02" },
    ]);
    expect(c.done[2]).toBe(2);
    expect(c.planned[2]).toBe(1);
    expect(c.planned[10]).toBe(1);
    expect(c.done.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("leaves out remote checks, cancelled inspections and other years", () => {
    const c = monthCounts(2023, "dong-nai-2023", [
      { form: "remote_dossier", status: "closed", startDate: "2023-05-02" },
      { form: "announced", status: "cancelled", startDate: "2023-05-02" },
      { form: "announced", status: "draft", startDate: "2022-12-30" },
    ]);
    expect([...c.done, ...c.planned].every((n) => n === 0)).toBe(true);
  });
});
