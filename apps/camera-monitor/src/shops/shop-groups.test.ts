import { describe, expect, it } from "vitest";
import { filterShopGroups, groupShops, type ShopUnit } from "./shop-groups";

const u = (id: number, parentId: number | null, kind: ShopUnit["kind"], name: string): ShopUnit => ({
  id,
  parentId,
  kind,
  name,
  code: `C${id}`,
});

const units = [
  u(1, null, "province", "Tỉnh Đồng Nai"),
  u(2, 1, "department", "Sở Tư pháp"),
  u(3, 1, "district", "Thành phố Biên Hòa"),
  u(4, 3, "commune", "Phường Tân Phong"),
  u(5, 1, "district", "Huyện Cẩm Mỹ"),
  u(6, 5, "commune", "Xã Sông Ray"),
  u(7, 3, "commune", "Phường An Bình"),
];

describe("groupShops", () => {
  it("puts agencies first, then each district with its communes, its own shop leading", () => {
    const shops = [units[6]!, units[3]!, units[1]!, units[5]!, units[2]!];
    const groups = groupShops(shops, units);
    expect(groups.map((g) => [g.key, g.districtName, g.shops.map((s) => s.id)])).toEqual([
      ["agency", null, [2]],
      ["district:5", "Huyện Cẩm Mỹ", [6]],
      ["district:3", "Thành phố Biên Hòa", [3, 7, 4]],
    ]);
  });

  it("names a district from the register when the district itself has no shop", () => {
    expect(groupShops([units[5]!], units)[0]!.districtName).toBe("Huyện Cẩm Mỹ");
  });

  it("files a commune whose parent is unknown under the commune tier", () => {
    expect(groupShops([u(9, 1, "commune", "Xã X")], [])[0]!.key).toBe("commune");
  });
});

describe("filterShopGroups", () => {
  const groups = groupShops([units[1]!, units[2]!, units[3]!, units[5]!], units);
  it("finds by name ignoring diacritics and case", () => {
    expect(filterShopGroups(groups, "TAN PHONG").flatMap((g) => g.shops.map((s) => s.id))).toEqual([4]);
  });
  it("keeps a whole district when its name matches", () => {
    expect(filterShopGroups(groups, "bien hoa").flatMap((g) => g.shops.map((s) => s.id))).toEqual([3, 4]);
  });
  it("returns nothing for no match and everything for no query", () => {
    expect(filterShopGroups(groups, "zzz")).toEqual([]);
    expect(filterShopGroups(groups, "  ")).toHaveLength(groups.length);
  });
});
