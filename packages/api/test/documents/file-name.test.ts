import { describe, expect, it } from "vitest";
import { asciiFileName, contentDisposition, longDate, placeDateLine } from "../../src/documents";

describe("asciiFileName", () => {
  it("folds a Vietnamese title to a safe ASCII name", () => {
    expect(asciiFileName("Quyết định thành lập Đoàn kiểm tra số 12/2023", "docx")).toBe(
      "quyet-dinh-thanh-lap-doan-kiem-tra-so-12-2023.docx",
    );
    expect(asciiFileName("Thông báo kết luận – Phường Trảng Dài", "docx")).toBe(
      "thong-bao-ket-luan-phuong-trang-dai.docx",
    );
    expect(asciiFileName("../../etc/passwd", "xlsx")).toBe("etc-passwd.xlsx");
    expect(asciiFileName("“”", "pdf")).toBe("tai-lieu.pdf");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII filename and the UTF-8 one in RFC 5987 form", () => {
    expect(contentDisposition("Biên bản kiểm tra (Sở Tư pháp)", "docx")).toBe(
      "attachment; filename=\"bien-ban-kiem-tra-so-tu-phap.docx\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra%20%28S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p%29.docx",
    );
  });

  it("keeps path separators and quotes out of the header", () => {
    const value = contentDisposition('Kế hoạch 284/KH-UBND "2023"', "docx");
    expect(value).toContain('filename="ke-hoach-284-kh-ubnd-2023.docx"');
    expect(decodeURIComponent(value.split("UTF-8''")[1] ?? "")).toBe("Kế hoạch 284 KH-UBND 2023.docx");
  });
});

describe("longDate", () => {
  it("pads days below 10 and the months January and February (NĐ 30)", () => {
    expect(longDate("2023-03-15")).toBe("ngày 15 tháng 3 năm 2023");
    expect(longDate("2023-02-05")).toBe("ngày 05 tháng 02 năm 2023");
    expect(longDate("2023-12-01")).toBe("ngày 01 tháng 12 năm 2023");
    expect(placeDateLine("Đồng Nai", "2022-12-29")).toBe("Đồng Nai, ngày 29 tháng 12 năm 2022");
  });
});
