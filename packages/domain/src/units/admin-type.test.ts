import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADMIN_TYPES, adminTypeOf, committeeName } from "./admin-type";
import { UNIT_KINDS } from "./unit-kinds";

describe("administrative type from the unit's name", () => {
  it("reads a ward, a township and a commune; a city, a town and a district", () => {
    expect(adminTypeOf("commune", "Phường Trảng Dài")?.vi).toBe("Phường");
    expect(adminTypeOf("commune", "Thị trấn Gia Ray")?.vi).toBe("Thị trấn");
    expect(adminTypeOf("commune", "Xã Xuân Bắc")?.vi).toBe("Xã");
    expect(adminTypeOf("district", "Thành phố Biên Hòa")?.vi).toBe("Thành phố");
    expect(adminTypeOf("district", "Huyện Xuân Lộc")?.vi).toBe("Huyện");
    expect(adminTypeOf("department", "Sở Nội vụ")).toBeNull();
    expect(adminTypeOf("commune", "Phườngx Lạ")).toBeNull();
  });

  it("writes the committee with the type in lower case", () => {
    expect(committeeName("commune", "Phường Trảng Dài")).toBe("UBND phường Trảng Dài");
    expect(committeeName("commune", "Thị trấn Gia Ray")).toBe("UBND thị trấn Gia Ray");
    expect(committeeName("district", "Thành phố Biên Hòa")).toBe("UBND thành phố Biên Hòa");
    expect(committeeName("district", "Huyện Xuân Lộc")).toBe("UBND huyện Xuân Lộc");
    expect(committeeName("department", "Sở Nội vụ")).toBe("Sở Nội vụ");
  });

  it("for any type and place name: the type is found and only its first letter changes case", () => {
    const place = fc.stringMatching(/^[A-ZĐ][a-zàáảãạăâđêôơư]{1,8}( [A-Z][a-z]{1,8})?$/);
    const typed = fc.constantFrom(
      ...(["district", "commune"] as const).flatMap((kind) => ADMIN_TYPES[kind].map((t) => ({ kind, t }))),
    );
    fc.assert(
      fc.property(typed, place, ({ kind, t }, p) => {
        const name = `${t.vi} ${p}`;
        expect(adminTypeOf(kind, name)).toEqual(t);
        expect(committeeName(kind, name)).toBe(`UBND ${t.vi.toLocaleLowerCase("vi")} ${p}`);
      }),
    );
  });

  it("only districts and communes have a type", () => {
    for (const kind of UNIT_KINDS.filter((k) => k !== "district" && k !== "commune")) {
      expect(adminTypeOf(kind, "Xã Giả")).toBeNull();
    }
  });
});
