import {
  checkSubmit,
  joinBilingual,
  pointsRefused,
  SCORE_SHEET_FIELD_LABELS,
  SCORE_SHEET_LABEL,
} from "@par/domain";
import { describe, expect, it } from "vitest";
import { describeError, issuesToFieldErrors, pickLanguage, withFieldLabel } from "./error-message";

const label = (f: string) => ({ code: "Mã đơn vị", validTo: "Ngày hết hiệu lực" })[f] ?? f;

describe("pickLanguage", () => {
  it("takes the Vietnamese half for vi and the English half for en", () => {
    const m = "Tên đăng nhập hoặc mật khẩu không đúng / Wrong username or password";
    expect(pickLanguage(m, "vi")).toBe("Tên đăng nhập hoặc mật khẩu không đúng");
    expect(pickLanguage(m, "en")).toBe("Wrong username or password");
  });
  it("splits on the first separator only", () => {
    const m = "Mã đơn vị chỉ gồm chữ, số, . _ - / Unit code: letters, digits, . _ - only";
    expect(pickLanguage(m, "en")).toBe("Unit code: letters, digits, . _ - only");
  });
  it("keeps a message with no English half", () => {
    expect(pickLanguage("Lỗi", "en")).toBe("Lỗi");
  });
});

describe("describeError", () => {
  it("names each field with its label and the server's message", () => {
    const err = {
      message: "Dữ liệu không hợp lệ / Invalid input",
      data: {
        code: "BAD_REQUEST",
        fieldErrors: { code: ["Mã đơn vị là bắt buộc / Unit code is required"], validTo: [] },
      },
    };
    const vi = describeError(err, "vi", label);
    expect(vi.code).toBe("BAD_REQUEST");
    expect(vi.fieldErrors).toEqual({ code: "Mã đơn vị là bắt buộc" });
    // The message already names the field: the label is not said twice.
    expect(vi.summary).toBe("Mã đơn vị là bắt buộc");
    expect(describeError(err, "en", () => "Unit code").summary).toBe("Unit code is required");
    expect(describeError(err, "vi", () => "Đơn vị").summary).toBe("Đơn vị: Mã đơn vị là bắt buộc");
  });

  it("shows the server's message and domain code when there is no field", () => {
    const err = {
      message: "Đơn vị còn đơn vị con đang hiệu lực / Unit still has valid children",
      data: { code: "CONFLICT", domainCode: "UNIT.OPEN_CHILDREN" },
    };
    const out = describeError(err, "vi");
    expect(out.summary).toBe("Đơn vị còn đơn vị con đang hiệu lực");
    expect(out.domainCode).toBe("UNIT.OPEN_CHILDREN");
  });

  it("reports a network failure without the browser's wording", () => {
    const out = describeError({ message: "Failed to fetch" }, "en");
    expect(out.code).toBe("NETWORK");
    expect(out.message).toBe("Cannot reach the server. Please try again");
  });

  it("hides internal server errors and raw zod dumps", () => {
    expect(
      describeError({ message: "TypeError: x is undefined", data: { code: "INTERNAL_SERVER_ERROR" } }, "vi")
        .message,
    ).toBe("Lỗi máy chủ. Vui lòng thử lại sau");
    expect(
      describeError({ message: '[{"code":"too_small"}]', data: { code: "BAD_REQUEST" } }, "vi").message,
    ).toBe("Dữ liệu không hợp lệ");
  });

  it("accepts anything thrown", () => {
    expect(describeError("boom", "vi").summary).toBe("Không kết nối được máy chủ. Vui lòng thử lại");
  });
});

describe("issuesToFieldErrors", () => {
  it("keeps the first issue per top-level field", () => {
    const issues = [
      { path: ["name"], message: "Tên đơn vị quá ngắn / Unit name is too short" },
      { path: ["name"], message: "second" },
      { path: ["validTo"], message: "Sau / After" },
    ];
    expect(issuesToFieldErrors(issues, "en")).toEqual({ name: "Unit name is too short", validTo: "After" });
  });
});

describe("withFieldLabel", () => {
  it("names the field once, whether or not the message already starts with its label", () => {
    expect(withFieldLabel("Ngày bắt đầu", "Ngày bắt đầu: ngày không hợp lệ")).toBe(
      "Ngày bắt đầu: ngày không hợp lệ",
    );
    expect(withFieldLabel("Mã đơn vị", "là bắt buộc")).toBe("Mã đơn vị: là bắt buộc");
  });
});

describe("a scoring sheet's refusals", () => {
  // The score sheet names its fields with the domain's labels: the lists are "Phiếu chấm điểm".
  const sheetLabel = (lang: "vi" | "en") => (f: string) =>
    (SCORE_SHEET_FIELD_LABELS[f as keyof typeof SCORE_SHEET_FIELD_LABELS] ?? SCORE_SHEET_LABEL)[lang];
  const refused = (message: string) => ({
    message,
    data: { code: "BAD_REQUEST", fieldErrors: { scores: [message] } },
  });
  it("reads as the sheet and its sub-criterion, never 'Điểm:', and names the sheet once", () => {
    const submit = checkSubmit([
      {
        code: "1.1",
        leaf: true,
        evidenceRequired: false,
        self: null,
        computed: null,
        selfNote: "",
        files: 0,
      },
    ]);
    const vi = describeError(refused(submit.ok ? "" : submit.message), "vi", sheetLabel("vi")).summary;
    expect(vi).toBe("Phiếu chấm điểm chưa gửi được: chưa chấm tiêu chí 1.1");
    const points = joinBilingual(pointsRefused("2.1.3", 4, { kind: "manual" }, 3));
    expect(describeError(refused(points), "en", sheetLabel("en")).summary).toBe(
      "Scoring sheet, criterion 2.1.3: cannot get 4 points (maximum 3)",
    );
    // A refusal of the code itself gets the sheet's label in front.
    expect(
      describeError(refused("Mã tiêu chí không hợp lệ / Bad code"), "vi", sheetLabel("vi")).summary,
    ).toBe("Phiếu chấm điểm: Mã tiêu chí không hợp lệ");
  });
});
