import { describe, expect, it } from "vitest";
import {
  branchIds,
  buildUnitTree,
  countNodes,
  groupByKind,
  groupByTier,
  pruneTree,
  type TreeUnit,
} from "./unit-tree";

const u = (id: number, parentId: number | null, kind: TreeUnit["kind"], name: string): TreeUnit => ({
  id,
  parentId,
  kind,
  name,
  code: `U${id}`,
});

const units: TreeUnit[] = [
  u(1, null, "province", "Tỉnh Đồng Nai"),
  u(2, 1, "department", "Sở Nội vụ"),
  u(3, 1, "district", "Thành phố Biên Hòa"),
  u(4, 3, "commune", "Phường Tân Phong"),
  u(5, 3, "division", "Phòng Nội vụ"),
  u(6, 3, "commune", "Phường An Bình"),
  u(7, 1, "department", "Sở Giáo dục và Đào tạo"),
  u(8, 7, "subordinate", "Trường THPT Ngô Quyền"),
  u(9, 1, "district", "Huyện Cẩm Mỹ"),
];

describe("buildUnitTree", () => {
  it("nests every unit under its parent", () => {
    const roots = buildUnitTree(units);
    expect(roots.map((r) => r.unit.id)).toEqual([1]);
    expect(countNodes(roots)).toBe(units.length);
    const bienHoa = roots[0]!.children.find((c) => c.unit.id === 3)!;
    expect(bienHoa.children.map((c) => c.unit.id).sort()).toEqual([4, 5, 6]);
  });

  it("orders siblings by kind, then by Vietnamese name", () => {
    const province = buildUnitTree(units)[0]!;
    expect(province.children.map((c) => c.unit.name)).toEqual([
      "Sở Giáo dục và Đào tạo",
      "Sở Nội vụ",
      "Huyện Cẩm Mỹ",
      "Thành phố Biên Hòa",
    ]);
    const bienHoa = province.children[3]!;
    expect(bienHoa.children.map((c) => c.unit.name)).toEqual([
      "Phường An Bình",
      "Phường Tân Phong",
      "Phòng Nội vụ",
    ]);
  });

  it("makes a unit whose parent is out of scope a root", () => {
    const scoped = units.filter((x) => [3, 4, 5].includes(x.id));
    const roots = buildUnitTree(scoped);
    expect(roots.map((r) => r.unit.id)).toEqual([3]);
    expect(countNodes(roots)).toBe(3);
  });

  it("never loses a unit, even in a cycle", () => {
    const cyclic = [u(1, 2, "district", "A"), u(2, 1, "district", "B"), u(3, null, "province", "P")];
    expect(countNodes(buildUnitTree(cyclic))).toBe(3);
  });

  it("is empty for no units", () => {
    expect(buildUnitTree([])).toEqual([]);
  });
});

describe("groupByTier", () => {
  it("spreads the province's children over the tiers and keeps districts' subtrees", () => {
    const groups = groupByTier(buildUnitTree(units));
    expect(groups.map((g) => g.tier)).toEqual(["agency", "district", "other"]);
    expect(groups[0]!.nodes.map((n) => n.unit.id)).toEqual([7, 2]);
    expect(groups[1]!.nodes.map((n) => n.unit.id)).toEqual([9, 3]);
    expect(countNodes(groups[1]!.nodes)).toBe(5);
    expect(groups[2]!.nodes.map((n) => [n.unit.id, n.children.length])).toEqual([[1, 0]]);
  });

  it("puts communes straight under the province in the commune tier", () => {
    const twoTier = [u(1, null, "province", "Tỉnh"), u(2, 1, "commune", "Xã A")];
    expect(groupByTier(buildUnitTree(twoTier)).map((g) => g.tier)).toEqual(["commune", "other"]);
  });

  it("leaves out the province kept only as the ancestor of search matches", () => {
    const pruned = pruneTree(buildUnitTree(units), new Set([3]));
    expect(groupByTier(pruned, new Set([3])).map((g) => g.tier)).toEqual(["district"]);
    expect(
      groupByTier(pruneTree(buildUnitTree(units), new Set([1])), new Set([1])).map((g) => g.tier),
    ).toEqual(["other"]);
  });
});

describe("pruneTree", () => {
  it("keeps matches with their ancestors only", () => {
    const pruned = pruneTree(buildUnitTree(units), new Set([4]));
    expect(countNodes(pruned)).toBe(3);
    expect(branchIds(pruned)).toEqual([1, 3]);
  });
  it("is empty when nothing matches", () => {
    expect(pruneTree(buildUnitTree(units), new Set())).toEqual([]);
  });
});

describe("groupByKind", () => {
  it("separates divisions from communes", () => {
    const groups = groupByKind(units.filter((x) => x.parentId === 3));
    expect(groups.map((g) => [g.kind, g.units.length])).toEqual([
      ["commune", 2],
      ["division", 1],
    ]);
  });
});
