import { describe, expect, it } from "vitest";
import { sortInternalRows } from "./sort-rows";

const row = (name: string, done: number, shortfall: number) => ({
  unit: { name },
  pct: 60,
  poolSize: 10,
  required: 6,
  done,
  shortfall,
});
const rows = [row("Sở Y tế", 0, 6), row("Huyện Long Thành", 2, 4), row("Sở Tài chính", 6, 0)];

describe("sortInternalRows", () => {
  it("keeps the server's order (laggards first) by default", () => {
    expect(sortInternalRows(rows, "rank", "asc").map((r) => r.unit.name)).toEqual([
      "Sở Y tế",
      "Huyện Long Thành",
      "Sở Tài chính",
    ]);
  });
  it("sorts by a number column both ways without changing the input", () => {
    expect(sortInternalRows(rows, "shortfall", "desc").map((r) => r.shortfall)).toEqual([6, 4, 0]);
    expect(sortInternalRows(rows, "done", "asc").map((r) => r.done)).toEqual([0, 2, 6]);
    expect(rows[0]?.unit.name).toBe("Sở Y tế");
  });
  it("sorts names the Vietnamese way and breaks ties by the server's order", () => {
    expect(sortInternalRows(rows, "name", "asc").map((r) => r.unit.name)).toEqual([
      "Huyện Long Thành",
      "Sở Tài chính",
      "Sở Y tế",
    ]);
    const tied = [row("B", 1, 1), row("A", 1, 1)];
    expect(sortInternalRows(tied, "pct", "asc").map((r) => r.unit.name)).toEqual(["B", "A"]);
  });
});
