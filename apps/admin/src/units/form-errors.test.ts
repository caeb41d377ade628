import type { UserError } from "@par/ui";
import { describe, expect, it } from "vitest";
import { placeServerError, readDate, withoutField } from "./form-errors";

const err = (fieldErrors: Record<string, string>, message = "Dữ liệu không hợp lệ"): UserError => ({
  code: "BAD_REQUEST",
  domainCode: null,
  message,
  fieldErrors,
  summary: message,
});
const label = (f: string) => ({ validTo: "Hết hiệu lực ngày", parentId: "Đơn vị cấp trên" })[f] ?? f;

describe("placeServerError", () => {
  it("puts a field's message under the field only, not again in the alert", () => {
    const placed = placeServerError(err({ validTo: "Còn đơn vị trực thuộc" }), ["validTo"], label, null);
    expect(placed).toEqual({ errors: { validTo: "Còn đơn vị trực thuộc" }, summary: null });
  });
  it("names fields the form does not show in the alert", () => {
    const placed = placeServerError(err({ parentId: "Sai cấp" }), ["code"], label, "Kiểm tra");
    expect(placed).toEqual({ errors: {}, summary: "Đơn vị cấp trên: Sai cấp" });
  });
  it("shows the server's message when no field is named", () => {
    expect(placeServerError(err({}, "Mã đã tồn tại"), ["code"], label, "Kiểm tra").summary).toBe(
      "Mã đã tồn tại",
    );
  });
});

describe("readDate", () => {
  it("reads dd/mm/yyyy, treats empty as no date and flags the rest", () => {
    const errors: Record<string, string> = {};
    expect(readDate("01/07/2023", "validFrom", errors, "sai")).toBe("2023-07-01");
    expect(readDate(" ", "validTo", errors, "sai")).toBeNull();
    expect(readDate("31/06/2023", "validTo", errors, "sai")).toBeUndefined();
    expect(errors).toEqual({ validTo: "sai" });
  });
});

describe("withoutField", () => {
  it("drops the edited field's error only, and keeps the same object when there is none", () => {
    const errors = {
      startDate: "Ngày bắt đầu là bắt buộc",
      targetUnitId: "Đơn vị được kiểm tra là bắt buộc",
    };
    expect(withoutField(errors, "startDate")).toEqual({ targetUnitId: "Đơn vị được kiểm tra là bắt buộc" });
    expect(withoutField(errors, "endDate")).toBe(errors);
  });
});
