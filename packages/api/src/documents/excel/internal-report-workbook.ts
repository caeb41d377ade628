import type { InternalReportFacts } from "../word/internal-report-section";
import { addTableSheet, newWorkbook, toBuffer } from "./sheet";

type Inspection = InternalReportFacts["inspections"][number];
type Recommendation = InternalReportFacts["recommendations"][number];

/** The same facts as the Word section, as two sheets: the internal inspections and the recommendations. */
export async function internalReportXlsx(f: InternalReportFacts): Promise<Buffer> {
  const book = newWorkbook();
  const subtitle = `${f.unitName} – ${f.periodVi}`;
  addTableSheet<Inspection>(book, {
    name: "Kiểm tra nội bộ",
    title: "KẾT QUẢ KIỂM TRA NỘI BỘ VỀ CẢI CÁCH HÀNH CHÍNH",
    subtitle,
    columns: [
      { header: "STT", width: 6, kind: "integer", value: (_r, i) => i + 1 },
      { header: "Đơn vị được kiểm tra", width: 36, kind: "text", value: (r) => r.targetName },
      { header: "Ngày kiểm tra", width: 14, kind: "date", value: (r) => r.conductedOn ?? r.startDate },
      { header: "Tình trạng", width: 18, kind: "text", value: (r) => r.statusVi },
      { header: "Số thông báo kết luận", width: 20, kind: "text", value: (r) => r.notice },
      { header: "Kết luận", width: 50, kind: "text", value: (r) => r.summary },
      { header: "Số kiến nghị", width: 12, kind: "integer", value: (r) => r.recommendations },
    ],
    rows: f.inspections,
  });
  addTableSheet<Recommendation>(book, {
    name: "Kiến nghị",
    title: "TÌNH HÌNH THỰC HIỆN KIẾN NGHỊ SAU KIỂM TRA NỘI BỘ",
    subtitle,
    columns: [
      { header: "STT", width: 6, kind: "integer", value: (_r, i) => i + 1 },
      { header: "Đơn vị", width: 32, kind: "text", value: (r) => r.targetName },
      { header: "Nội dung kiến nghị", width: 50, kind: "text", value: (r) => r.text },
      { header: "Thời hạn", width: 14, kind: "date", value: (r) => r.deadline },
      {
        header: "Tình trạng",
        width: 18,
        kind: "text",
        value: (r) => (r.done ? "Đã hoàn thành" : r.overdue ? "Quá hạn" : "Đang thực hiện"),
      },
      { header: "Ngày hoàn thành", width: 16, kind: "date", value: (r) => r.doneOn },
    ],
    rows: f.recommendations,
  });
  return toBuffer(book);
}
