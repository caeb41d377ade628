import { addDays, formatViDate } from "../calendar/iso-date";
import { foldVietnamese } from "../text/fold";
import type { CsvRecord } from "./csv";
import { mayHaveParent, UNIT_KINDS, type UnitKind } from "./unit-kinds";
import { isValidOn } from "./validity";

/**
 * Import of the GSO administrative-unit catalogue (danh mục đơn vị hành chính: code, name, type, parent
 * code) into the register, as a plan the API previews and then commits all-or-nothing. Pure: the API
 * reads the file (CSV text or an .xlsx sheet) into records and passes the register in.
 */

export type ImportField = "file" | "code" | "name" | "type" | "parentCode";

export interface ImportProblem {
  /** The file's row (1-based, the header included), or null for a unit that is not in the file. */
  row: number | null;
  field: ImportField;
  code: string;
  /** "Tiếng Việt / English", naming the row and the field. */
  message: string;
}

/** One data row of the file, cells trimmed. */
export interface UnitImportRecord {
  row: number;
  code: string;
  name: string;
  type: string;
  parentCode: string;
}

/** A unit of the register as the import compares it (every unit, whatever its validity). */
export interface RegisterUnit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  validFrom: string;
  validTo: string | null;
}

export type ImportAction = "create" | "update" | "unchanged" | "close";

export interface ImportPlanRow {
  row: number | null;
  code: string;
  name: string;
  kind: UnitKind | null;
  parentCode: string | null;
  /** null when the row has errors. */
  action: ImportAction | null;
  /** The register's unit for update / unchanged / close. */
  unitId: number | null;
  /** Update: the register's name before. */
  previousName: string | null;
  errors: ImportProblem[];
}

export interface UnitImportPlan {
  validFrom: string;
  /** Closing units of the register that the file leaves out: the day before validFrom. */
  closeOn: string | null;
  rows: ImportPlanRow[];
  /** Every problem, file-level ones first, then by row. Nothing may be written while there is one. */
  problems: ImportProblem[];
  summary: { create: number; update: number; unchanged: number; close: number; errors: number };
}

const FIELD_LABEL: Record<ImportField, { vi: string; en: string }> = {
  file: { vi: "Tệp", en: "File" },
  code: { vi: "Mã", en: "Code" },
  name: { vi: "Tên", en: "Name" },
  type: { vi: "Loại", en: "Type" },
  parentCode: { vi: "Mã cấp trên", en: "Parent code" },
};

function problem(
  row: number | null,
  field: ImportField,
  code: string,
  vi: string,
  en: string,
): ImportProblem {
  const l = FIELD_LABEL[field];
  const where = row === null ? { vi: "", en: "" } : { vi: `Dòng ${row} – `, en: `Row ${row} – ` };
  return {
    row,
    field,
    code,
    message: `${where.vi}${l.vi}: ${vi} / ${where.en}${l.en}: ${en}`,
  };
}

// Header words (folded, letters and digits only) of each column, Vietnamese and English.
const HEADERS: Record<Exclude<ImportField, "file">, readonly string[]> = {
  code: ["code", "ma", "madonvi", "madvhc", "mahanhchinh", "unitcode"],
  name: ["name", "ten", "tendonvi", "tendvhc", "unitname"],
  type: ["type", "kind", "loai", "cap", "loaidonvi", "capdonvi"],
  parentCode: ["parentcode", "parent", "macaptren", "madonvicaptren", "macha", "parentid"],
};

const headerKey = (cell: string) => foldVietnamese(cell).replace(/[^a-z0-9]/g, "");

/**
 * The data rows of a table (CSV records or sheet rows). A first row naming at least the code and name
 * columns is a header and fixes the column order; otherwise the columns are code, name, type, parent code.
 */
export function readUnitTable(records: readonly CsvRecord[]): {
  rows: UnitImportRecord[];
  problems: ImportProblem[];
} {
  if (records.length === 0) {
    return {
      rows: [],
      problems: [
        problem(null, "file", "IMPORT.EMPTY", "tệp không có dòng dữ liệu nào", "the file has no rows"),
      ],
    };
  }
  const first = records[0]!;
  const columns: Partial<Record<Exclude<ImportField, "file">, number>> = {};
  first.cells.forEach((cell, i) => {
    const key = headerKey(cell);
    for (const [field, words] of Object.entries(HEADERS)) {
      const f = field as keyof typeof HEADERS;
      if (columns[f] === undefined && words.includes(key)) columns[f] = i;
    }
  });
  const hasHeader = columns.code !== undefined && columns.name !== undefined;
  const problems: ImportProblem[] = [];
  if (hasHeader && columns.type === undefined) {
    problems.push(
      problem(
        first.line,
        "type",
        "IMPORT.COLUMN_MISSING",
        "thiếu cột loại đơn vị (Loại / type)",
        "the type column (Loại / type) is missing",
      ),
    );
  }
  const at = hasHeader
    ? columns
    : ({ code: 0, name: 1, type: 2, parentCode: 3 } as Record<Exclude<ImportField, "file">, number>);
  const cell = (r: CsvRecord, i: number | undefined) => (i === undefined ? "" : (r.cells[i] ?? "").trim());
  const rows = (hasHeader ? records.slice(1) : records).map((r) => ({
    row: r.line,
    code: cell(r, at.code),
    name: cell(r, at.name).replace(/\s+/g, " "),
    type: cell(r, at.type),
    parentCode: cell(r, at.parentCode),
  }));
  if (rows.length === 0) {
    problems.push(
      problem(null, "file", "IMPORT.EMPTY", "tệp không có dòng dữ liệu nào", "the file has no data rows"),
    );
  }
  return { rows, problems };
}

/** GSO type words (folded) → kind; "thành phố" is a province without a parent code, else a district. */
const TYPE_WORDS: Record<string, UnitKind | "city"> = {
  tinh: "province",
  "thanh pho truc thuoc trung uong": "province",
  "thanh pho trung uong": "province",
  "thanh pho": "city",
  huyen: "district",
  "thi xa": "district",
  quan: "district",
  xa: "commune",
  phuong: "commune",
  "thi tran": "commune",
  "dac khu": "commune",
};

function kindOfType(type: string): UnitKind | "city" | null {
  const folded = foldVietnamese(type);
  if ((UNIT_KINDS as readonly string[]).includes(folded)) return folded as UnitKind;
  return TYPE_WORDS[folded] ?? null;
}

const CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
const lower = (s: string) => s.toLowerCase();
/** Kinds of the catalogue that the import may close when the file leaves them out. */
const CLOSABLE_KINDS: readonly UnitKind[] = ["district", "commune"];

type ParentRef = { kind: "register"; unit: RegisterUnit } | { kind: "file"; index: number } | null;

export interface PlanUnitImportInput {
  records: readonly UnitImportRecord[];
  register: readonly RegisterUnit[];
  /** The day the imported units take effect (created ones start on it, renamed ones are renamed). */
  validFrom: string;
  /** Close the districts and communes of the register that the file leaves out under a unit it lists. */
  closeMissing?: boolean;
  /** Problems found while reading the file (columns, emptiness): passed through. */
  fileProblems?: readonly ImportProblem[];
}

/**
 * What the import would do, row by row: create, update (the name), unchanged, or close (with
 * closeMissing), and every problem with its row and field. The API writes only a plan with no problem.
 */
export function planUnitImport(input: PlanUnitImportInput): UnitImportPlan {
  const { validFrom } = input;
  const current = input.register.filter((u) => isValidOn(u, validFrom));
  const currentByCode = new Map(current.map((u) => [lower(u.code), u]));
  const byId = new Map(input.register.map((u) => [u.id, u]));
  const firstRowOfCode = new Map<string, number>();
  input.records.forEach((r, i) => {
    if (r.code && !firstRowOfCode.has(lower(r.code))) firstRowOfCode.set(lower(r.code), i);
  });

  const rows: ImportPlanRow[] = input.records.map((r) => ({
    row: r.row,
    code: r.code,
    name: r.name,
    kind: null,
    parentCode: r.parentCode || null,
    action: null,
    unitId: null,
    previousName: null,
    errors: [],
  }));
  const kinds: (UnitKind | "city" | null)[] = input.records.map((r) => (r.type ? kindOfType(r.type) : null));
  const parents: ParentRef[] = input.records.map(() => null);

  input.records.forEach((r, i) => {
    const out = rows[i]!;
    const add = (field: ImportField, code: string, vi: string, en: string) =>
      out.errors.push(problem(r.row, field, code, vi, en));
    if (!r.code) add("code", "IMPORT.CODE_MISSING", "thiếu mã đơn vị", "the unit code is missing");
    else if (!CODE_PATTERN.test(r.code))
      add(
        "code",
        "IMPORT.CODE_INVALID",
        `mã "${r.code}" không hợp lệ (tối đa 32 ký tự: chữ, số, . _ -)`,
        `code "${r.code}" is invalid (at most 32 letters, digits, . _ -)`,
      );
    else if (firstRowOfCode.get(lower(r.code)) !== i) {
      const other = input.records[firstRowOfCode.get(lower(r.code))!]!.row;
      add(
        "code",
        "IMPORT.DUPLICATE_CODE",
        `mã "${r.code}" trùng với dòng ${other}`,
        `code "${r.code}" is also on row ${other}`,
      );
    }
    if (!r.name) add("name", "IMPORT.NAME_MISSING", "thiếu tên đơn vị", "the unit name is missing");
    else if (r.name.length < 2 || r.name.length > 200)
      add(
        "name",
        "IMPORT.NAME_LENGTH",
        "tên phải từ 2 đến 200 ký tự",
        "the name must have 2 to 200 characters",
      );
    if (!r.type) add("type", "IMPORT.TYPE_MISSING", "thiếu loại đơn vị", "the unit type is missing");
    else if (kinds[i] === null)
      add(
        "type",
        "IMPORT.TYPE_UNKNOWN",
        `loại "${r.type}" không xác định (Tỉnh, Thành phố, Huyện, Thị xã, Quận, Xã, Phường, Thị trấn)`,
        `unknown type "${r.type}" (Tỉnh, Thành phố, Huyện, Thị xã, Quận, Xã, Phường, Thị trấn)`,
      );

    // The parent: a row of the file first (a new district and its communes), else the register.
    if (r.parentCode) {
      const inFile = firstRowOfCode.get(lower(r.parentCode));
      const inRegister = currentByCode.get(lower(r.parentCode));
      if (lower(r.parentCode) === lower(r.code)) {
        add(
          "parentCode",
          "IMPORT.PARENT_SELF",
          "đơn vị không thể trực thuộc chính nó",
          "a unit cannot be its own parent",
        );
      } else if (inFile !== undefined) parents[i] = { kind: "file", index: inFile };
      else if (inRegister) {
        parents[i] = { kind: "register", unit: inRegister };
        if (inRegister.validTo !== null) {
          add(
            "parentCode",
            "IMPORT.PARENT_CLOSING",
            `đơn vị cấp trên "${inRegister.name}" hết hiệu lực ngày ${formatViDate(inRegister.validTo)}`,
            `the parent unit "${inRegister.name}" closes on ${formatViDate(inRegister.validTo)}`,
          );
        }
      } else {
        add(
          "parentCode",
          "IMPORT.PARENT_UNKNOWN",
          `không tìm thấy đơn vị cấp trên mã "${r.parentCode}" (trong tệp hoặc trong danh mục có hiệu lực ngày ${formatViDate(validFrom)})`,
          `no parent unit with code "${r.parentCode}" (in the file or valid in the register on ${formatViDate(validFrom)})`,
        );
      }
    }
  });

  // Kinds: "thành phố" is a province at the top, a district under one.
  const kindOf = (i: number): UnitKind | null => {
    const k = kinds[i];
    if (k === "city") return parents[i] === null && !input.records[i]!.parentCode ? "province" : "district";
    return k ?? null;
  };
  const parentKind = (ref: ParentRef): UnitKind | null | undefined => {
    if (ref === null) return null;
    if (ref.kind === "register") return ref.unit.kind;
    return kindOf(ref.index) ?? undefined; // undefined: the parent row's own type is wrong
  };

  input.records.forEach((r, i) => {
    const out = rows[i]!;
    const kind = kindOf(i);
    out.kind = kind;
    if (kind === null) return;
    const pk = parentKind(parents[i]!);
    const parentMissing = r.parentCode !== "" && parents[i] === null;
    if (pk !== undefined && !parentMissing && !mayHaveParent(kind, pk)) {
      out.errors.push(
        problem(
          r.row,
          "parentCode",
          "IMPORT.PARENT_KIND",
          pk === null
            ? `đơn vị loại "${r.type}" phải có mã cấp trên`
            : `đơn vị loại "${r.type}" không thể trực thuộc đơn vị loại "${pk}"`,
          pk === null
            ? `a unit of type "${r.type}" needs a parent code`
            : `a unit of type "${r.type}" cannot sit under a unit of kind "${pk}"`,
        ),
      );
    }
    if (!r.code || !CODE_PATTERN.test(r.code) || firstRowOfCode.get(lower(r.code)) !== i) return;

    const existing = currentByCode.get(lower(r.code));
    if (existing) {
      out.unitId = existing.id;
      if (existing.kind !== kind) {
        out.errors.push(
          problem(
            r.row,
            "type",
            "IMPORT.KIND_CHANGED",
            `danh mục đang ghi "${existing.name}" là loại "${existing.kind}", không phải "${kind}"`,
            `the register holds "${existing.name}" as kind "${existing.kind}", not "${kind}"`,
          ),
        );
      }
      // The parent the file names, as a register id (-1: a unit the file creates, so surely another one).
      const ref = parents[i]!;
      const resolvedParentId =
        ref === null
          ? null
          : ref.kind === "register"
            ? ref.unit.id
            : (currentByCode.get(lower(input.records[ref.index]!.code))?.id ?? -1);
      if (!parentMissing && resolvedParentId !== existing.parentId) {
        const was = existing.parentId === null ? null : byId.get(existing.parentId);
        out.errors.push(
          problem(
            r.row,
            "parentCode",
            "IMPORT.PARENT_CHANGED",
            `"${existing.name}" đang trực thuộc ${was ? `"${was.name}" (${was.code})` : "cấp tỉnh"}; chuyển đơn vị phải đóng đơn vị cũ và tạo đơn vị mới`,
            `"${existing.name}" sits under ${was ? `"${was.name}" (${was.code})` : "no unit"}; moving a unit means closing it and creating a new one`,
          ),
        );
      }
      if (existing.name !== r.name) {
        out.action = "update";
        out.previousName = existing.name;
      } else out.action = "unchanged";
    } else {
      const clash = input.register.find(
        (u) => lower(u.code) === lower(r.code) && (u.validTo === null || u.validTo >= validFrom),
      );
      if (clash) {
        out.errors.push(
          problem(
            r.row,
            "code",
            "IMPORT.CODE_TAKEN",
            `mã "${r.code}" đã dùng cho "${clash.name}" từ ngày ${formatViDate(clash.validFrom)}`,
            `code "${r.code}" is used by "${clash.name}" from ${formatViDate(clash.validFrom)}`,
          ),
        );
      } else out.action = "create";
    }
  });

  const closeOn = input.closeMissing ? addDays(validFrom, -1) : null;
  const closing: ImportPlanRow[] = [];
  const extra: ImportProblem[] = [];
  if (closeOn !== null) {
    const inFile = new Set(input.records.map((r) => lower(r.code)));
    const referenced = new Set(input.records.filter((r) => r.parentCode).map((r) => lower(r.parentCode)));
    // A unit listed as a row comes with all its catalogue children: those the file leaves out close.
    // A unit only named as a parent covers nothing (a file of three communes closes no district).
    const coveredIds = new Set(current.filter((u) => inFile.has(lower(u.code))).map((u) => u.id));
    const toClose = current.filter(
      (u) =>
        CLOSABLE_KINDS.includes(u.kind) &&
        u.parentId !== null &&
        coveredIds.has(u.parentId) &&
        !inFile.has(lower(u.code)) &&
        !referenced.has(lower(u.code)),
    );
    const closingIds = new Set(toClose.map((u) => u.id));
    for (const u of toClose) {
      const openChildren = current.filter((c) => c.parentId === u.id && !closingIds.has(c.id));
      const errors: ImportProblem[] = [];
      if (u.validFrom > closeOn) {
        errors.push(
          problem(
            null,
            "code",
            "IMPORT.CLOSE_BEFORE_START",
            `không thể đóng "${u.name}" (${u.code}) trước ngày bắt đầu hiệu lực ${formatViDate(u.validFrom)}`,
            `cannot close "${u.name}" (${u.code}) before it starts on ${formatViDate(u.validFrom)}`,
          ),
        );
      }
      if (openChildren.length > 0) {
        errors.push(
          problem(
            null,
            "code",
            "IMPORT.CLOSE_OPEN_CHILDREN",
            `không thể đóng "${u.name}" (${u.code}): còn ${openChildren.length} đơn vị trực thuộc có hiệu lực`,
            `cannot close "${u.name}" (${u.code}): ${openChildren.length} child units remain valid`,
          ),
        );
      }
      extra.push(...errors);
      const parent = u.parentId === null ? undefined : byId.get(u.parentId);
      closing.push({
        row: null,
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentCode: parent?.code ?? null,
        action: errors.length === 0 ? "close" : null,
        unitId: u.id,
        previousName: null,
        errors,
      });
    }
  }

  const all = [...rows, ...closing];
  const problems = [...(input.fileProblems ?? []), ...rows.flatMap((r) => r.errors), ...extra];
  const count = (a: ImportAction) => all.filter((r) => r.action === a && r.errors.length === 0).length;
  for (const r of all) if (r.errors.length > 0) r.action = null;
  return {
    validFrom,
    closeOn,
    rows: all,
    problems,
    summary: {
      create: count("create"),
      update: count("update"),
      unchanged: count("unchanged"),
      close: count("close"),
      errors: problems.length,
    },
  };
}
