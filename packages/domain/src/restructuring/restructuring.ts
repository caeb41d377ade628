import { foldVietnamese } from "../text/fold";
import type { CsvRecord } from "../units/csv";
import { UNIT_KINDS, type UnitKind } from "../units/unit-kinds";

/**
 * A restructuring of the register (sắp xếp, tổ chức lại): what changes on one effective date.
 * - merge (sáp nhập / hợp nhất): several units → one successor, new or existing; history follows it;
 * - split (chia tách): one unit → several successors;
 * - rename (đổi tên): the unit keeps its id and history, the new name holds from the date;
 * - create (thành lập): a new unit, possibly with the code of a unit closed before or in this change;
 * - close (giải thể): the unit ends with no successor.
 * Every unit that ends does so on the day before the effective date, with its open subtree.
 */
export const RESTRUCTURE_OPS = ["merge", "split", "rename", "create", "close"] as const;
export type RestructureOp = (typeof RESTRUCTURE_OPS)[number];

export const RESTRUCTURE_OP_LABELS = {
  merge: { vi: "Sáp nhập", en: "Merge" },
  split: { vi: "Chia tách", en: "Split" },
  rename: { vi: "Đổi tên", en: "Rename" },
  create: { vi: "Thành lập", en: "Create" },
  close: { vi: "Giải thể", en: "Close" },
} as const satisfies Record<RestructureOp, { vi: string; en: string }>;

/** One line of a restructuring: a source and/or a target, as typed in the file or the form. */
export interface RestructureRow {
  /** The file's row (1-based, header included) or the form's line. */
  row: number;
  op: string;
  sourceCode: string;
  targetCode: string;
  targetName: string;
  targetKind: string;
  parentCode: string;
}

export type RestructureField =
  | "file"
  | "op"
  | "sourceCode"
  | "targetCode"
  | "targetName"
  | "targetKind"
  | "parentCode";

const OP_WORDS: Record<string, RestructureOp> = {
  merge: "merge",
  "sap nhap": "merge",
  "hop nhat": "merge",
  split: "split",
  "chia tach": "split",
  rename: "rename",
  "doi ten": "rename",
  create: "create",
  "thanh lap": "create",
  close: "close",
  "giai the": "close",
};

/** The operation a cell names, in English or Vietnamese, with or without diacritics. */
export function opOfWord(word: string): RestructureOp | null {
  return OP_WORDS[foldVietnamese(word).replace(/\s+/g, " ").trim()] ?? null;
}

const KIND_WORDS: Record<string, UnitKind> = {
  so: "department",
  ban: "agency",
  "van phong": "office",
  huyen: "district",
  xa: "commune",
  phuong: "commune",
  "thi tran": "commune",
  phong: "division",
  "don vi truc thuoc": "subordinate",
};

/** A unit kind named by its code (department, commune…) or a Vietnamese word (Sở, Xã…); empty = null. */
export function kindOfWord(word: string): UnitKind | null {
  const folded = foldVietnamese(word).trim();
  if ((UNIT_KINDS as readonly string[]).includes(folded)) return folded as UnitKind;
  return KIND_WORDS[folded] ?? null;
}

const HEADERS: Record<Exclude<RestructureField, "file">, readonly string[]> = {
  op: ["op", "operation", "thaotac", "hinhthuc"],
  sourceCode: ["sourcecode", "source", "manguon", "madonvicu", "macu"],
  targetCode: ["targetcode", "target", "madich", "madonvimoi", "mamoi"],
  targetName: ["targetname", "name", "tendich", "tendonvimoi", "tenmoi", "ten"],
  targetKind: ["targetkind", "kind", "type", "loai", "loaidonvi"],
  parentCode: ["parentcode", "parent", "macaptren"],
};
const ORDER = ["op", "sourceCode", "targetCode", "targetName", "targetKind", "parentCode"] as const;
const headerKey = (cell: string) => foldVietnamese(cell).replace(/[^a-z0-9]/g, "");

/**
 * The rows of a restructuring table (CSV records or sheet rows). A first row naming the operation
 * column is a header and fixes the column order; otherwise the columns are operation, source code,
 * target code, target name, target kind, parent code.
 */
export function readRestructureTable(records: readonly CsvRecord[]): RestructureRow[] {
  const first = records[0];
  if (!first) return [];
  const columns: Partial<Record<(typeof ORDER)[number], number>> = {};
  first.cells.forEach((cell, i) => {
    const key = headerKey(cell);
    for (const f of ORDER) if (columns[f] === undefined && HEADERS[f].includes(key)) columns[f] = i;
  });
  const hasHeader = columns.op !== undefined;
  const at = (f: (typeof ORDER)[number]) => (hasHeader ? columns[f] : ORDER.indexOf(f));
  const cell = (r: CsvRecord, f: (typeof ORDER)[number]) => {
    const i = at(f);
    return i === undefined ? "" : (r.cells[i] ?? "").trim().replace(/\s+/g, " ");
  };
  return (hasHeader ? records.slice(1) : records).map((r) => ({
    row: r.line,
    op: cell(r, "op"),
    sourceCode: cell(r, "sourceCode"),
    targetCode: cell(r, "targetCode"),
    targetName: cell(r, "targetName"),
    targetKind: cell(r, "targetKind"),
    parentCode: cell(r, "parentCode"),
  }));
}
