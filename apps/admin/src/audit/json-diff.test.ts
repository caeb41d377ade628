import { describe, expect, it } from "vitest";
import { diffJson, flattenJson } from "./json-diff";

describe("flattenJson", () => {
  it("names nested leaves by dotted path and keeps empty containers", () => {
    const flat = flattenJson({ name: "Sở Tư pháp", team: [{ role: "leader" }], areas: [], n: 3, x: null });
    expect([...flat]).toEqual([
      ["name", "Sở Tư pháp"],
      ["team.0.role", "leader"],
      ["areas", "[]"],
      ["n", "3"],
      ["x", "null"],
    ]);
  });
});

describe("diffJson", () => {
  it("lists changed, added and removed leaves and counts the rest", () => {
    const out = diffJson(
      { status: "draft", name: "Trảng Dài", old: true },
      { status: "scheduled", name: "Trảng Dài", noticeDate: "2023-03-01" },
    );
    expect(out.unchanged).toBe(1);
    expect(out.rows).toEqual([
      { path: "status", before: "draft", after: "scheduled", change: "changed" },
      { path: "noticeDate", before: undefined, after: "2023-03-01", change: "added" },
      { path: "old", before: "true", after: undefined, change: "removed" },
    ]);
  });

  it("treats a missing before (a creation) as everything added", () => {
    const out = diffJson(null, { code: "STP" });
    expect(out.rows).toEqual([{ path: "code", before: undefined, after: "STP", change: "added" }]);
  });

  it("handles scalars at the root", () => {
    expect(diffJson("a", "b").rows).toEqual([{ path: "(root)", before: "a", after: "b", change: "changed" }]);
  });
});
