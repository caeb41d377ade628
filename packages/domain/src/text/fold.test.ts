import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldVietnamese } from "./fold";

describe("foldVietnamese", () => {
  it("drops diacritics, đ and case", () => {
    expect(foldVietnamese("Thành phố  Biên Hòa")).toBe("thanh pho bien hoa");
    expect(foldVietnamese("ĐỒNG NAI")).toBe("dong nai");
    expect(foldVietnamese("Xã Xuân Lộc")).toBe("xa xuan loc");
  });

  it("is idempotent and yields only unaccented text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
        expect(once).not.toMatch(/[\u0300-\u036fđĐ]/);
      }),
    );
  });
});
