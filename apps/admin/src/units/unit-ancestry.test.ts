import { describe, expect, it } from "vitest";
import { ancestorIdsOf } from "./unit-ancestry";

describe("ancestorIdsOf", () => {
  const units = [
    { id: 1, parentId: null },
    { id: 3, parentId: 1 },
    { id: 4, parentId: 3 },
  ];
  it("walks up to the root, nearest first", () => {
    expect(ancestorIdsOf(units, 4)).toEqual([3, 1]);
    expect(ancestorIdsOf(units, 1)).toEqual([]);
  });
  it("stops on a cycle and on an unknown id", () => {
    expect(
      ancestorIdsOf(
        [
          { id: 1, parentId: 2 },
          { id: 2, parentId: 1 },
        ],
        1,
      ),
    ).toEqual([2, 1]);
    expect(ancestorIdsOf(units, 99)).toEqual([]);
  });
});
