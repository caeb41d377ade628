import { CONDUCT_ITEMS } from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { provinceOn } from "../db/document.repository";
import { addTableSheet, newWorkbook, toBuffer } from "../documents/excel/sheet";
import { documentHeader } from "../documents/layout/header";
import { officialSection, packDocument, textWidth } from "../documents/layout/page";
import { closingBlock } from "../documents/layout/signature";
import { columnWidths, dataTable } from "../documents/layout/tables";
import { body, heading } from "../documents/layout/text";
import { documentTitle } from "../documents/layout/title";
import { blankNumber, homeAffairsCode, issuingBody } from "../downloads/issuers";
import { templateOf } from "../inspections/viewer";
import { vietnamDate } from "../time";
import { monthlyReport } from "./report";

type Report = Awaited<ReturnType<typeof monthlyReport>>;
type UnitLine = Report["units"][number];

const byType = (u: UnitLine) =>
  CONDUCT_ITEMS.filter((i) => u.byItem[i.code])
    .map((i) => `${i.vi}: ${u.byItem[i.code]}`)
    .join("; ");

/** Báo cáo giám sát camera Bộ phận Một cửa, one month: per unit, then the year's trend. */
export async function cameraReportXlsx(q: Request, year: number, month: number) {
  const r = await monthlyReport(q, year, month);
  const book = newWorkbook();
  addTableSheet<UnitLine>(book, {
    name: `Tháng ${month}-${year}`,
    title: `KẾT QUẢ GIÁM SÁT CAMERA BỘ PHẬN MỘT CỬA THÁNG ${month}/${year}`,
    subtitle: "Lượt xem so với mẫu ngẫu nhiên, vi phạm theo loại",
    columns: [
      { header: "STT", width: 6, kind: "integer", value: (_, i) => i + 1 },
      { header: "Đơn vị", width: 32, kind: "text", value: (u) => u.unitName },
      { header: "Huyện / Sở", width: 24, kind: "text", value: (u) => u.districtName },
      { header: "Khung giờ mẫu", width: 14, kind: "integer", value: (u) => u.sampled },
      { header: "Lượt xem", width: 11, kind: "integer", value: (u) => u.reviews },
      { header: "Trong đó theo mẫu", width: 14, kind: "integer", value: (u) => u.fromSample },
      { header: "Vi phạm", width: 10, kind: "integer", value: (u) => u.violations },
      { header: "Vi phạm theo loại", width: 60, kind: "text", value: byType },
    ],
    rows: r.units,
  });
  addTableSheet<Report["trend"][number]>(book, {
    name: `Diễn biến ${year}`,
    title: `DIỄN BIẾN GIÁM SÁT CAMERA NĂM ${year}`,
    columns: [
      { header: "Tháng", width: 10, kind: "integer", value: (m) => m.month },
      { header: "Lượt xem", width: 12, kind: "integer", value: (m) => m.reviews },
      { header: "Vi phạm", width: 12, kind: "integer", value: (m) => m.violations },
    ],
    rows: r.trend,
  });
  return { title: `Giám sát camera Một cửa tháng ${month}-${year}`, buffer: await toBuffer(book) };
}

/** The same month as a report in the Nghị định 30 layout, from Sở Nội vụ to the Chairman. */
export async function cameraReportDocx(q: Request, year: number, month: number) {
  const r = await monthlyReport(q, year, month);
  const today = vietnamDate(q.now);
  const template = templateOf("dong-nai-2023");
  const province = (await provinceOn(q.db, provinceOf(q.user), today))?.name ?? "Tỉnh Đồng Nai";
  const issuer = issuingBody(template, homeAffairsCode(template), province);
  const total = r.units.reduce(
    (t, u) => ({
      reviews: t.reviews + u.reviews,
      sample: t.sample + u.fromSample,
      sampled: t.sampled + u.sampled,
      violations: t.violations + u.violations,
    }),
    { reviews: 0, sample: 0, sampled: 0, violations: 0 },
  );
  const w = columnWidths(textWidth(), [6, 30, 10, 10, 10, 34]);
  const summary = `Kết quả giám sát camera Bộ phận Một cửa tháng ${month}/${year}`;
  const children = [
    documentHeader({ issuer: issuer.issuer, number: blankNumber("BC", issuer.symbol), date: today }),
    ...documentTitle("Báo cáo", summary),
    body(
      `Thực hiện kiểm tra trực tuyến qua hệ thống camera giám sát Bộ phận Một cửa (mục III.3 Kế hoạch), trong tháng ${month}/${year} đã xem ${total.reviews} lượt (${total.sample} lượt theo mẫu ngẫu nhiên trên ${total.sampled} khung giờ được rút), ghi nhận ${total.violations} lượt vi phạm và đã nhắc nhở các đơn vị. Kết quả cụ thể:`,
    ),
    heading("I. KẾT QUẢ THEO ĐƠN VỊ"),
    dataTable(
      [
        { header: "STT", width: w[0] ?? 0, align: "center" },
        { header: "Đơn vị", width: w[1] ?? 0 },
        { header: "Khung giờ mẫu", width: w[2] ?? 0, align: "right" },
        { header: "Lượt xem", width: w[3] ?? 0, align: "right" },
        { header: "Vi phạm", width: w[4] ?? 0, align: "right" },
        { header: "Vi phạm theo loại", width: w[5] ?? 0 },
      ],
      r.units.map((u, i) => [
        String(i + 1),
        u.unitName,
        String(u.sampled),
        String(u.reviews),
        String(u.violations),
        byType(u),
      ]),
    ),
    heading("II. DIỄN BIẾN TRONG NĂM"),
    ...r.trend.map((m) => body(`- Tháng ${m.month}: ${m.reviews} lượt xem, ${m.violations} lượt vi phạm;`)),
    body(`Trên đây là báo cáo kết quả giám sát camera Bộ phận Một cửa tháng ${month}/${year}./.`),
    ...closingBlock(issuer.signer, ["Chủ tịch UBND tỉnh (b/c);", "Văn phòng UBND tỉnh;", "Lưu: VT, CCHC."]),
  ];
  return {
    title: summary,
    buffer: await packDocument({ title: summary, sections: [officialSection(children)] }),
  };
}
