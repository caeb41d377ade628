import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { useTestDb } from "./helpers/test-db";
import { unitsSeen } from "./helpers/units";

const t = useTestDb();

describe("units.page search ignores diacritics and case (on this run's database)", () => {
  const cases: [query: string, expected: string][] = [
    ["bien hoa", "Thành phố Biên Hòa"],
    ["xuan loc", "Huyện Xuân Lộc"],
    ["BIÊN HÒA", "Thành phố Biên Hòa"],
    ["Bie\u0302n Ho\u0300a", "Thành phố Biên Hòa"], // decomposed input, as some keyboards send it
    ["dong nai", "Tỉnh Đồng Nai"],
    ["so giao duc", "Sở Giáo dục và Đào tạo"],
    ["sgddt", "Sở Giáo dục và Đào tạo"], // by code
    ["741", "Huyện Xuân Lộc"],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" finds ${expected}`, async () => {
      const { caller } = await signIn(t.trx, "lanhdao");
      const names = (await unitsSeen(caller, { query })).map((u) => u.name);
      expect(names).toContain(expected);
    });
  }

  it("takes % and _ literally", async () => {
    const { caller } = await signIn(t.trx, "lanhdao");
    expect(await unitsSeen(caller, { query: "%" })).toEqual([]);
    expect(await unitsSeen(caller, { query: "_" })).toEqual([]);
  });

  it("narrows: 'xuan loc' does not return Biên Hòa", async () => {
    const { caller } = await signIn(t.trx, "lanhdao");
    const names = (await unitsSeen(caller, { query: "xuan loc" })).map((u) => u.name);
    expect(names).not.toContain("Thành phố Biên Hòa");
    expect(names.every((n) => /xuân lộc/i.test(n))).toBe(true);
  });
});

describe("unitsSeen order (the test helper over units.page)", () => {
  it("lists higher levels first, then by name: the city before its divisions and branches", async () => {
    const { caller } = await signIn(t.trx, "lanhdao");
    const found = await unitsSeen(caller, { query: "long khanh" });
    expect(found[0]?.name).toBe("Thành phố Long Khánh");
    expect(found.length).toBeGreaterThan(5);
    const kinds = found.map((u) => u.kind);
    expect(kinds.indexOf("division")).toBeGreaterThan(kinds.lastIndexOf("commune"));
  });
});
