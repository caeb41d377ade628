import type { z } from "zod";
import { formatViDate } from "../calendar/iso-date";
import { UnitImportInput } from "../schemas/file-schemas";
import { foldVietnamese } from "../text/fold";
import type { CsvRecord } from "../units/csv";

/**
 * R10 / II.5. Conclusions of competent bodies made outside this system (2022 and before: thanh tra, Sở Nội
 * vụ, a ministry, …) imported from a spreadsheet, so that area 5 of a unit's next inspection checks them.
 * One row per recommendation; rows with the same unit, number and date are one conclusion. Pure: the API
 * reads the file into records and passes in the register's unit codes and the conclusions already imported.
 */

export const ISSUER_KINDS = ["thanh_tra", "so_noi_vu", "bo", "khac"] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];
export const ISSUER_KIND_LABELS: Record<IssuerKind, { vi: string; en: string }> = {
  thanh_tra: { vi: "Thanh tra", en: "Inspectorate" },
  so_noi_vu: { vi: "Sở Nội vụ", en: "Department of Home Affairs" },
  bo: { vi: "Bộ, ngành trung ương", en: "Ministry" },
  khac: { vi: "Cơ quan khác", en: "Other body" },
};

/** Statuses an imported recommendation may have; the same words as this system's recommendations. */
export const EARLIER_REC_STATUSES = ["open", "resolved", "not_resolved"] as const;
export type EarlierRecStatus = (typeof EARLIER_REC_STATUSES)[number];

export type EarlierField =
  | "file"
  | "unitCode"
  | "issuer"
  | "issuerKind"
  | "number"
  | "date"
  | "summary"
  | "text"
  | "deadline"
  | "status";

/** Vietnamese first: the column names of the template workbook, as a user reads them. */
export const EARLIER_FIELD_LABELS: Record<EarlierField, { vi: string; en: string }> = {
  file: { vi: "Tệp", en: "File" },
  unitCode: { vi: "Mã đơn vị", en: "Unit code" },
  issuer: { vi: "Cơ quan kết luận", en: "Issuing body" },
  issuerKind: { vi: "Loại cơ quan", en: "Body kind" },
  number: { vi: "Số kết luận", en: "Conclusion number" },
  date: { vi: "Ngày kết luận", en: "Conclusion date" },
  summary: { vi: "Nội dung kết luận", en: "Summary" },
  text: { vi: "Kiến nghị", en: "Recommendation" },
  deadline: { vi: "Hạn khắc phục", en: "Deadline" },
  status: { vi: "Tình trạng", en: "Status" },
};

/** The columns of the template, in order: also the order assumed when the file has no header row. */
export const EARLIER_COLUMNS: readonly Exclude<EarlierField, "file">[] = [
  "unitCode",
  "issuer",
  "issuerKind",
  "number",
  "date",
  "summary",
  "text",
  "deadline",
  "status",
];

export interface EarlierProblem {
  row: number | null;
  field: EarlierField;
  code: string;
  message: string;
}

export interface EarlierRecommendationPlan {
  row: number;
  text: string;
  deadline: string | null;
  status: EarlierRecStatus;
}

export interface EarlierConclusionPlan {
  unitId: number;
  unitCode: string;
  unitName: string;
  issuer: string;
  issuerKind: IssuerKind;
  number: string;
  date: string;
  summary: string;
  recommendations: EarlierRecommendationPlan[];
}

export interface EarlierImportPlan {
  conclusions: EarlierConclusionPlan[];
  problems: EarlierProblem[];
  summary: { rows: number; conclusions: number; recommendations: number; open: number; errors: number };
}

function problem(
  row: number | null,
  field: EarlierField,
  code: string,
  vi: string,
  en: string,
): EarlierProblem {
  const l = EARLIER_FIELD_LABELS[field];
  const where = row === null ? { vi: "", en: "" } : { vi: `Dòng ${row} – `, en: `Row ${row} – ` };
  return { row, field, code, message: `${where.vi}${l.vi}: ${vi} / ${where.en}${l.en}: ${en}` };
}

const key = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, "");

// Header words (folded, letters and digits only), Vietnamese and English.
const HEADERS: Record<Exclude<EarlierField, "file">, readonly string[]> = {
  unitCode: ["madonvi", "ma", "unitcode", "code"],
  issuer: ["coquanketluan", "coquan", "issuer", "issuingbody"],
  issuerKind: ["loaicoquan", "loai", "issuerkind", "bodykind", "kind"],
  number: ["soketluan", "so", "number", "conclusionnumber"],
  date: ["ngayketluan", "ngay", "date", "conclusiondate"],
  summary: ["noidungketluan", "noidung", "tomtat", "summary"],
  text: ["kiennghi", "noidungkiennghi", "recommendation", "text"],
  deadline: ["hankhacphuc", "thoihan", "han", "deadline"],
  status: ["tinhtrang", "trangthai", "status"],
};

export interface EarlierRecord {
  row: number;
  cells: Record<Exclude<EarlierField, "file">, string>;
}

/** The data rows: a first row naming the unit-code and recommendation columns is a header. */
export function readEarlierTable(records: readonly CsvRecord[]): {
  rows: EarlierRecord[];
  problems: EarlierProblem[];
} {
  const first = records[0];
  if (!first) {
    return {
      rows: [],
      problems: [
        problem(null, "file", "IMPORT.EMPTY", "tệp không có dòng dữ liệu nào", "the file has no rows"),
      ],
    };
  }
  const columns: Partial<Record<Exclude<EarlierField, "file">, number>> = {};
  first.cells.forEach((cell, i) => {
    const k = key(cell);
    for (const f of EARLIER_COLUMNS) if (columns[f] === undefined && HEADERS[f].includes(k)) columns[f] = i;
  });
  const hasHeader = columns.unitCode !== undefined && columns.text !== undefined;
  const at = hasHeader ? columns : Object.fromEntries(EARLIER_COLUMNS.map((f, i) => [f, i]));
  const problems: EarlierProblem[] = [];
  if (hasHeader) {
    for (const f of EARLIER_COLUMNS) {
      if (at[f] === undefined && f !== "deadline" && f !== "status" && f !== "summary") {
        const l = EARLIER_FIELD_LABELS[f];
        problems.push(
          problem(
            first.line,
            f,
            "IMPORT.COLUMN_MISSING",
            `thiếu cột "${l.vi}"`,
            `the "${l.en}" column is missing`,
          ),
        );
      }
    }
  }
  const rows = (hasHeader ? records.slice(1) : records).map((r) => ({
    row: r.line,
    cells: Object.fromEntries(
      EARLIER_COLUMNS.map((f) => {
        const i = at[f];
        return [f, i === undefined ? "" : (r.cells[i] ?? "").trim().replace(/\s+/g, " ")];
      }),
    ) as EarlierRecord["cells"],
  }));
  if (rows.length === 0) {
    problems.push(
      problem(null, "file", "IMPORT.EMPTY", "tệp không có dòng dữ liệu nào", "the file has no data rows"),
    );
  }
  return { rows, problems };
}

/** "31/12/2022", "31-12-2022", "2022-12-31" → "2022-12-31"; null when not a real calendar date. */
export function parseSheetDate(text: string): string | null {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (vi) [d, m, y] = [Number(vi[1]), Number(vi[2]), Number(vi[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const KIND_WORDS: Record<string, IssuerKind> = {
  thanhtra: "thanh_tra",
  thanhtratinh: "thanh_tra",
  inspectorate: "thanh_tra",
  sonoivu: "so_noi_vu",
  homeaffairs: "so_noi_vu",
  bo: "bo",
  bonganh: "bo",
  ministry: "bo",
  khac: "khac",
  other: "khac",
};

const STATUS_WORDS: Record<string, EarlierRecStatus> = {
  "": "open",
  chuakhacphuc: "open",
  dangkhacphuc: "open",
  open: "open",
  dakhacphuc: "resolved",
  resolved: "resolved",
  khongkhacphuc: "not_resolved",
  chuadat: "not_resolved",
  notresolved: "not_resolved",
};

export interface RegisterUnitCode {
  id: number;
  code: string;
  name: string;
}

export interface PlanEarlierImportInput {
  records: readonly EarlierRecord[];
  units: readonly RegisterUnitCode[];
  /** Conclusions already imported (unit, number, date): importing one again is refused, not doubled. */
  existing: readonly { unitId: number; number: string; date: string }[];
  /** Today (Vietnam): a conclusion cannot be dated after it. */
  today: string;
  fileProblems?: readonly EarlierProblem[];
}

/**
 * Every row checked, every problem named by row and column; the conclusions the commit would write.
 * Nothing may be written while there is a problem (all or nothing).
 */
export function planEarlierImport(input: PlanEarlierImportInput): EarlierImportPlan {
  const problems: EarlierProblem[] = [...(input.fileProblems ?? [])];
  const unitOf = new Map(input.units.map((u) => [u.code.toLowerCase(), u]));
  const existing = new Set(input.existing.map((e) => `${e.unitId}|${e.number.toLowerCase()}|${e.date}`));
  const byKey = new Map<string, EarlierConclusionPlan & { firstRow: number }>();
  let recs = 0;
  for (const { row, cells: c } of input.records) {
    const before = problems.length;
    const add = (field: EarlierField, code: string, vi: string, en: string) =>
      problems.push(problem(row, field, code, vi, en));
    const unit = unitOf.get(c.unitCode.toLowerCase());
    if (c.unitCode === "") add("unitCode", "IMPORT.REQUIRED", "bắt buộc", "required");
    else if (!unit)
      add(
        "unitCode",
        "IMPORT.UNIT_UNKNOWN",
        `không có đơn vị mã "${c.unitCode}" trong danh mục`,
        `no unit "${c.unitCode}" in the register`,
      );
    if (c.issuer.length < 2) add("issuer", "IMPORT.REQUIRED", "bắt buộc", "required");
    const kind = KIND_WORDS[key(c.issuerKind)];
    if (!kind)
      add(
        "issuerKind",
        "IMPORT.KIND_UNKNOWN",
        `"${c.issuerKind}" không hợp lệ (Thanh tra, Sở Nội vụ, Bộ, Khác)`,
        `"${c.issuerKind}" is not one of Thanh tra, Sở Nội vụ, Bộ, Khác`,
      );
    if (c.number === "") add("number", "IMPORT.REQUIRED", "bắt buộc", "required");
    else if (c.number.length > 64)
      add("number", "IMPORT.TOO_LONG", "tối đa 64 ký tự", "at most 64 characters");
    const date = parseSheetDate(c.date);
    if (!date)
      add(
        "date",
        "IMPORT.DATE",
        `"${c.date}" không phải ngày hợp lệ (dd/mm/yyyy)`,
        `"${c.date}" is not a valid date (dd/mm/yyyy)`,
      );
    else if (date > input.today)
      add(
        "date",
        "IMPORT.DATE_FUTURE",
        `${formatViDate(date)} sau ngày hôm nay`,
        `${formatViDate(date)} is after today`,
      );
    if (c.summary.length > 4000)
      add("summary", "IMPORT.TOO_LONG", "tối đa 4000 ký tự", "at most 4000 characters");
    if (c.text.length < 3)
      add("text", "IMPORT.REQUIRED", "bắt buộc (ít nhất 3 ký tự)", "required (at least 3 characters)");
    else if (c.text.length > 2000)
      add("text", "IMPORT.TOO_LONG", "tối đa 2000 ký tự", "at most 2000 characters");
    const deadline = c.deadline === "" ? null : parseSheetDate(c.deadline);
    if (c.deadline !== "" && !deadline)
      add(
        "deadline",
        "IMPORT.DATE",
        `"${c.deadline}" không phải ngày hợp lệ (dd/mm/yyyy)`,
        `"${c.deadline}" is not a valid date (dd/mm/yyyy)`,
      );
    else if (deadline && date && deadline < date)
      add("deadline", "IMPORT.DEADLINE_BEFORE", "trước ngày kết luận", "before the conclusion date");
    const status = STATUS_WORDS[key(c.status)];
    if (!status)
      add(
        "status",
        "IMPORT.STATUS_UNKNOWN",
        `"${c.status}" không hợp lệ (Chưa khắc phục, Đã khắc phục, Không khắc phục)`,
        `"${c.status}" is not one of Chưa khắc phục, Đã khắc phục, Không khắc phục`,
      );
    if (problems.length > before || !unit || !kind || !date || !status) continue;

    const k = `${unit.id}|${c.number.toLowerCase()}|${date}`;
    if (existing.has(k)) {
      add(
        "number",
        "IMPORT.ALREADY_IMPORTED",
        `kết luận ${c.number} ngày ${formatViDate(date)} của ${unit.name} đã được nhập trước đây`,
        `conclusion ${c.number} of ${formatViDate(date)} for ${unit.name} was imported before`,
      );
      continue;
    }
    let concl = byKey.get(k);
    if (!concl) {
      concl = {
        unitId: unit.id,
        unitCode: unit.code,
        unitName: unit.name,
        issuer: c.issuer,
        issuerKind: kind,
        number: c.number,
        date,
        summary: c.summary,
        recommendations: [],
        firstRow: row,
      };
      byKey.set(k, concl);
    } else if (concl.issuer !== c.issuer || concl.issuerKind !== kind) {
      add(
        "issuer",
        "IMPORT.CONFLICT",
        `khác với dòng ${concl.firstRow} của cùng kết luận`,
        `differs from row ${concl.firstRow} of the same conclusion`,
      );
      continue;
    } else if (c.summary !== "" && concl.summary !== "" && c.summary !== concl.summary) {
      add(
        "summary",
        "IMPORT.CONFLICT",
        `khác với dòng ${concl.firstRow} của cùng kết luận`,
        `differs from row ${concl.firstRow} of the same conclusion`,
      );
      continue;
    }
    if (concl.summary === "") concl.summary = c.summary;
    const dup = concl.recommendations.find((r) => r.text.toLowerCase() === c.text.toLowerCase());
    if (dup) {
      add("text", "IMPORT.DUPLICATE", `trùng với dòng ${dup.row}`, `same as row ${dup.row}`);
      continue;
    }
    concl.recommendations.push({ row, text: c.text, deadline, status });
    recs++;
  }
  const conclusions = [...byKey.values()].map(({ firstRow: _, ...rest }) => rest);
  return {
    conclusions,
    problems,
    summary: {
      rows: input.records.length,
      conclusions: conclusions.length,
      recommendations: recs,
      open: conclusions.flatMap((x) => x.recommendations).filter((r) => r.status !== "resolved").length,
      errors: problems.length,
    },
  };
}

/** earlier.importPreview / importCommit: the file as base64 and the preview's token, as the unit import takes them. */
export const EarlierImportInput = UnitImportInput.pick({ fileName: true, contentBase64: true, token: true });
export type EarlierImportInput = z.infer<typeof EarlierImportInput>;
