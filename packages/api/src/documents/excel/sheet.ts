import ExcelJS from "exceljs";
import type { IsoDate } from "../types";

/** A column of an exported table: header text, width in characters, and how its cells show. */
export interface SheetColumn<Row> {
  header: string;
  width: number;
  kind: "text" | "integer" | "decimal" | "percent" | "date";
  value: (row: Row, index: number) => string | number | IsoDate | null;
}

const FONT = { name: "Times New Roman", size: 12 } as const;
const THIN = { style: "thin", color: { argb: "FF000000" } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const;
const NUMBER_FORMAT = {
  text: "@",
  integer: "0",
  decimal: "0.00",
  percent: "0%",
  date: "dd/mm/yyyy",
} as const;

/** A real Excel date at midnight UTC, so that the serial number never depends on the server's time zone. */
export function excelDate(iso: IsoDate): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/**
 * One sheet in the house style: a Vietnamese title (and an optional subtitle) above one bold, shaded header
 * row that stays frozen while scrolling and carries an autofilter; dates as dates, numbers as numbers.
 */
export function addTableSheet<Row>(
  book: ExcelJS.Workbook,
  args: {
    name: string;
    title: string;
    subtitle?: string;
    columns: readonly SheetColumn<Row>[];
    rows: readonly Row[];
  },
): ExcelJS.Worksheet {
  const { columns } = args;
  const headerRow = args.subtitle ? 3 : 2;
  const sheet = book.addWorksheet(args.name, {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const title = sheet.getRow(1);
  title.getCell(1).value = args.title;
  title.font = { ...FONT, size: 14, bold: true };
  sheet.mergeCells(1, 1, 1, columns.length);
  title.getCell(1).alignment = { horizontal: "center" };
  if (args.subtitle) {
    sheet.getCell(2, 1).value = args.subtitle;
    sheet.getCell(2, 1).font = { ...FONT, italic: true };
    sheet.mergeCells(2, 1, 2, columns.length);
    sheet.getCell(2, 1).alignment = { horizontal: "center" };
  }

  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };

  args.rows.forEach((row, r) => {
    const line = sheet.getRow(headerRow + 1 + r);
    columns.forEach((c, i) => {
      const cell = line.getCell(i + 1);
      const v = c.value(row, r);
      cell.value = v === null || v === "" ? null : c.kind === "date" ? excelDate(String(v)) : v;
      cell.numFmt = NUMBER_FORMAT[c.kind];
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: c.kind === "text" };
    });
  });
  return sheet;
}

export function newWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "PAR Inspect";
  // A fixed date keeps the same input producing the same file.
  book.created = new Date(Date.UTC(2000, 0, 1));
  book.modified = book.created;
  return book;
}

export async function toBuffer(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}
