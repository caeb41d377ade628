import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import { defaultUnitFields, SetUnitFieldsInput, unknownFieldCodes } from "./unit-fields";

const t = PLAN_TEMPLATES["dong-nai-2023"];

describe("R6 default fields of a unit", () => {
  it("gives communes and districts every focus field", () => {
    const all = ["dat_dai", "dang_ky_kinh_doanh", "tu_phap_ho_tich", "xay_dung"];
    expect(defaultUnitFields(t, { kind: "commune", name: "Xã Phú Hữu" })).toEqual(all);
    expect(defaultUnitFields(t, { kind: "district", name: "Huyện Nhơn Trạch" })).toEqual(all);
  });

  it("gives a department the field of its mandate, whatever the dash or case in its name", () => {
    expect(defaultUnitFields(t, { kind: "department", name: "Sở Tài nguyên và Môi trường" })).toEqual([
      "dat_dai",
    ]);
    expect(defaultUnitFields(t, { kind: "department", name: "Sở Kế hoạch và Đầu tư" })).toEqual([
      "dang_ky_kinh_doanh",
    ]);
    expect(defaultUnitFields(t, { kind: "department", name: "SỞ TƯ PHÁP" })).toEqual(["tu_phap_ho_tich"]);
    expect(defaultUnitFields(t, { kind: "department", name: "Sở Xây dựng" })).toEqual(["xay_dung"]);
    expect(defaultUnitFields(t, { kind: "department", name: "Sở Y tế" })).toEqual([]);
    expect(defaultUnitFields(t, { kind: "division", name: "Phòng Tư pháp" })).toEqual([]);
  });

  it("validates the input of units.setFields and names unknown codes", () => {
    expect(SetUnitFieldsInput.safeParse({ id: 1, fields: ["dat_dai"] }).success).toBe(true);
    const bad = SetUnitFieldsInput.safeParse({ id: 1, fields: ["Đất đai"] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/^Lĩnh vực: /);
    expect(unknownFieldCodes(t, ["dat_dai", "y_te"])).toEqual(["y_te"]);
  });
});
