import { describe, expect, it } from "vitest";
import { fileNameOf } from "./file-name";

describe("fileNameOf", () => {
  it("prefers the UTF-8 name of the server", () => {
    const d = "attachment; filename=\"bien-ban.docx\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.docx";
    expect(fileNameOf(d, "/files/docs/inspections/1/minutes.docx")).toBe("Biên bản.docx");
  });
  it("falls back to the plain name, then to the URL", () => {
    expect(fileNameOf('attachment; filename="a.xlsx"', "/x/y.xlsx")).toBe("a.xlsx");
    expect(fileNameOf(null, "/files/docs/recommendations.xlsx?year=2023")).toBe("recommendations.xlsx");
  });
});
