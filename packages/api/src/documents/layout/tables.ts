import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { SIZE } from "./page";

/**
 * A table without borders that only places blocks side by side (the header, the signatures): NĐ 30
 * lays those out in two columns, and a fixed-width table keeps them there in every word processor.
 */
export function placementTable(
  columnWidths: readonly number[],
  rows: readonly (readonly Paragraph[])[][],
): Table {
  return new Table({
    width: { size: sum(columnWidths), type: WidthType.DXA },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                margins: { left: 60, right: 60 },
                children: children.length > 0 ? [...children] : [new Paragraph("")],
              }),
          ),
        }),
    ),
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;

/** A cell of a data table: text, or a row spanning several columns (an area heading in the findings). */
export type GridCell =
  | string
  | {
      text: string;
      bold?: boolean;
      italics?: boolean;
      span?: number;
      align?: "left" | "center" | "right";
      /** Keeps the row on the page of the next one: a heading row is never left alone at the foot of a page. */
      keepWithNext?: boolean;
    };

export interface GridColumn {
  header: string;
  /** Width in twips. */
  width: number;
  align?: "left" | "center" | "right";
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function gridCell(
  cell: GridCell,
  column: GridColumn | undefined,
  widths: readonly number[],
  at: number,
  header: boolean,
) {
  const c: Exclude<GridCell, string> = typeof cell === "string" ? { text: cell } : cell;
  const span = c.span ?? 1;
  const width = sum(widths.slice(at, at + span));
  const lines = c.text.split("\n");
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : ALIGN[c.align ?? column?.align ?? "left"],
          keepNext: c.keepWithNext,
          children: [
            new TextRun({ text: line, size: SIZE.head, bold: header || c.bold, italics: c.italics }),
          ],
        }),
    ),
  });
}

/** A bordered data table with a bold header row that repeats on every page. */
export function dataTable(columns: readonly GridColumn[], rows: readonly (readonly GridCell[])[]): Table {
  const widths = columns.map((c) => c.width);
  const row = (cells: readonly GridCell[], header: boolean) => {
    let at = 0;
    const children = cells.map((cell) => {
      const built = gridCell(cell, columns[at], widths, at, header);
      at += typeof cell === "string" ? 1 : (cell.span ?? 1);
      return built;
    });
    return new TableRow({ tableHeader: header, cantSplit: true, children });
  };
  return new Table({
    width: { size: sum(widths), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows: [
      row(
        columns.map((c) => c.header),
        true,
      ),
      ...rows.map((r) => row(r, false)),
    ],
  });
}

/** Splits a total width into columns by weights, the last one taking the rounding remainder. */
export function columnWidths(total: number, weights: readonly number[]): number[] {
  const sumW = sum(weights);
  const widths = weights.map((w) => Math.floor((total * w) / sumW));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - sum(widths);
  return widths;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
