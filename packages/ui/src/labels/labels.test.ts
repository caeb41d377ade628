import { describe, expect, it } from "vitest";
import { unitGroupLabel, unitTypeLabel } from "./labels";

describe("unitTypeLabel", () => {
  it("calls a ward a ward and a city a city, whatever the register's kind says", () => {
    expect(unitTypeLabel("commune", "Phường Trảng Dài", "vi", true)).toBe("Phường");
    expect(unitTypeLabel("commune", "Thị trấn Gia Ray", "vi", true)).toBe("Thị trấn");
    expect(unitTypeLabel("commune", "Xã Xuân Bắc", "en", true)).toBe("Commune");
    expect(unitTypeLabel("district", "Thành phố Biên Hòa", "vi")).toBe("Thành phố");
    expect(unitTypeLabel("district", "Huyện Xuân Lộc", "vi")).toBe("Huyện");
  });
  it("falls back to the kind for other units and unknown names", () => {
    expect(unitTypeLabel("department", "Sở Nội vụ", "vi", true)).toBe("Sở");
    expect(unitTypeLabel("commune", undefined, "vi", true)).toBe("Xã");
    expect(unitTypeLabel("district", "Khu Mới", "vi")).toBe("Cấp huyện");
  });
});

describe("unitGroupLabel", () => {
  it("names the types present among a unit's children", () => {
    expect(unitGroupLabel("commune", ["Phường Trảng Dài", "Xã Hóa An", "Phường Tân Phong"], "vi")).toBe(
      "Phường, xã",
    );
    expect(unitGroupLabel("commune", ["Thị trấn Gia Ray", "Xã Xuân Bắc"], "vi")).toBe("Thị trấn, xã");
    expect(unitGroupLabel("division", ["Phòng Nội vụ"], "vi")).toBe("Phòng chuyên môn");
  });
});
