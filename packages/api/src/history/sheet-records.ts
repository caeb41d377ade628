import { type CsvRecord, parseCsv, UNIT_IMPORT_MAX_BYTES } from "@par/domain";
import ExcelJS from "exceljs";
import { fail } from "../errors";

/** A date cell as the sheet shows it in Vietnam (dd/mm/yyyy): exceljs gives a Date at UTC midnight. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v instanceof Date) {
    const d = String(v.getUTCDate()).padStart(2, "0");
    const m = String(v.getUTCMonth() + 1).padStart(2, "0");
    return `${d}/${m}/${v.getUTCFullYear()}`;
  }
  return cell.text ?? "";
}

/**
 * The rows of an uploaded table: CSV as UTF-8 text, .xlsx through exceljs (first sheet). Unlike the unit
 * catalogue this one has date columns, which Excel stores as dates, hence its own cell reading.
 */
export async function sheetRecords(
  fileName: string,
  contentBase64: string,
  columns: number,
): Promise<CsvRecord[]> {
  const bytes = Buffer.from(contentBase64, "base64");
  if (bytes.length === 0) fail("IMPORT.FILE", "Tệp rỗng / File is empty", "contentBase64");
  if (bytes.length > UNIT_IMPORT_MAX_BYTES) {
    fail(
      "IMPORT.FILE",
      "Nội dung tệp: tệp quá lớn (tối đa 5 MB) / File content: file too large (max 5 MB)",
      "contentBase64",
    );
  }
  if (/\.xlsx$/i.test(fileName)) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    } catch {
      fail(
        "IMPORT.FILE",
        "Nội dung tệp: không đọc được tệp Excel .xlsx / File content: not a readable .xlsx workbook",
        "contentBase64",
      );
    }
    const sheet = book.worksheets[0];
    if (!sheet) return [];
    const records: CsvRecord[] = [];
    sheet.eachRow((row, line) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, columns); c++) cells.push(cellText(row.getCell(c)));
      if (cells.some((x) => x.trim() !== "")) records.push({ line, cells });
    });
    return records;
  }
  try {
    return parseCsv(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    fail(
      "IMPORT.FILE",
      "Nội dung tệp: tệp CSV phải mã hóa UTF-8 / File content: the CSV file must be UTF-8",
      "contentBase64",
    );
  }
}
