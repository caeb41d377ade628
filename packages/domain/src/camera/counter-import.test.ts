import { describe, expect, it } from "vitest";
import { planCounterImport } from "./counter-import";

const shops = [
  { id: 7, code: "731", hasOneStopShop: true },
  { id: 8, code: "SNV.P1", hasOneStopShop: false },
];
const rec = (line: number, cells: string[]) => ({ line, cells });
const HEADER = rec(1, ["Mã đơn vị", "Số quầy", "Tên quầy", "Lĩnh vực", "Loại luồng", "Địa chỉ luồng"]);

describe("counter register import", () => {
  it("reads good rows after a header; credentials only when given", () => {
    const plan = planCounterImport({
      records: [
        HEADER,
        rec(2, ["731", "3", "Quầy hộ tịch", "tu_phap_ho_tich", "RTSP", "rtsp://10.0.0.9/s1", "admin", "x"]),
      ],
      shops,
      fieldCodes: ["tu_phap_ho_tich"],
    });
    expect(plan.problems).toEqual([]);
    expect(plan.rows[0]).toMatchObject({ shopUnitId: 7, number: 3, streamKind: "rtsp", username: "admin" });
  });

  it("names every problem by row and column in both languages, and keeps no bad row", () => {
    const plan = planCounterImport({
      records: [
        HEADER,
        rec(2, ["999", "0", "", "xyz", "webrtc", "ftp://a"]),
        rec(3, ["SNV.P1", "1", "Quầy", "", "demo", ""]),
        rec(4, ["731", "1", "A", "", "demo", ""]),
        rec(5, ["731", "1", "B", "", "demo", ""]),
      ],
      shops,
      fieldCodes: [],
    });
    expect(plan.rows.map((r) => r.row)).toEqual([4]);
    const messages = plan.problems.map((p) => p.message);
    expect(messages).toContain(
      "Dòng 2 – Mã đơn vị: không có trong danh mục đơn vị / Row 2 – Unit code: not in the unit register",
    );
    expect(messages.some((m) => m.startsWith("Dòng 3 – Mã đơn vị: đơn vị không có Bộ phận Một cửa"))).toBe(
      true,
    );
    expect(messages.some((m) => m.startsWith("Dòng 5 – Số quầy: trùng"))).toBe(true);
    expect(plan.problems.filter((p) => p.row === 2).map((p) => p.column)).toEqual([
      "unitCode",
      "number",
      "name",
      "fields",
      "streamKind",
      "streamUrl",
    ]);
  });
});
