import { EARLIER_COLUMNS, EARLIER_FIELD_LABELS, ISSUER_KIND_LABELS, ISSUER_KINDS } from "@par/domain";
import ExcelJS from "exceljs";

/**
 * The sample workbook of the earlier-conclusions import: the header row the import reads, two example rows
 * (one conclusion of Thanh tra tỉnh with two recommendations) and a sheet explaining each column.
 */
export async function earlierTemplateWorkbook(): Promise<{ fileName: string; contentBase64: string }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Kết luận trước đây");
  sheet.addRow(EARLIER_COLUMNS.map((f) => EARLIER_FIELD_LABELS[f].vi));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    "26001",
    "Thanh tra tỉnh Đồng Nai",
    "Thanh tra",
    "15/KL-TTr",
    "15/11/2022",
    "Thanh tra công vụ năm 2022",
    "Niêm yết đầy đủ thủ tục hành chính tại Bộ phận Một cửa",
    "31/03/2023",
    "Chưa khắc phục",
  ]);
  sheet.addRow([
    "26001",
    "Thanh tra tỉnh Đồng Nai",
    "Thanh tra",
    "15/KL-TTr",
    "15/11/2022",
    "",
    "Cập nhật sổ theo dõi hồ sơ",
    "30/06/2023",
    "Chưa khắc phục",
  ]);
  sheet.columns.forEach((c, i) => {
    c.width = i === 6 ? 60 : 20;
  });
  const help = book.addWorksheet("Hướng dẫn");
  help.addRow(["Cột", "Cách ghi"]);
  help.getRow(1).font = { bold: true };
  const notes: Record<(typeof EARLIER_COLUMNS)[number], string> = {
    unitCode: "Mã đơn vị trong danh mục (bắt buộc)",
    issuer: "Tên cơ quan ban hành kết luận (bắt buộc)",
    issuerKind: `Một trong: ${ISSUER_KINDS.map((k) => ISSUER_KIND_LABELS[k].vi).join(", ")} (Bộ = Bộ, ngành trung ương; Khác)`,
    number: "Số, ký hiệu kết luận (bắt buộc)",
    date: "Ngày kết luận, dd/mm/yyyy (bắt buộc)",
    summary: "Tóm tắt kết luận (không bắt buộc; ghi một lần cho cả kết luận)",
    text: "Một kiến nghị trên mỗi dòng (bắt buộc)",
    deadline: "Hạn khắc phục, dd/mm/yyyy (không bắt buộc)",
    status: "Chưa khắc phục (mặc định), Đã khắc phục, Không khắc phục",
  };
  for (const f of EARLIER_COLUMNS) help.addRow([EARLIER_FIELD_LABELS[f].vi, notes[f]]);
  help.columns.forEach((c, i) => {
    c.width = i === 0 ? 22 : 90;
  });
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName: "mau-nhap-ket-luan-truoc-day.xlsx", contentBase64: buffer.toString("base64") };
}
