import type { z } from "zod";
import { UnitImportInput } from "../schemas/file-schemas";
import type { CsvRecord } from "../units/csv";
import {
  DOSSIER_COUNT_FIELDS,
  DOSSIER_COUNT_MAX,
  type DossierCountKey,
  type DossierCounts,
} from "./dossier-counts";
import { dossierCountProblems } from "./dossier-rules";

/** The sheet: unit code, year, month, then every count in DOSSIER_COUNT_FIELDS order. */
export const DOSSIER_COLUMNS = [
  { key: "unitCode", vi: "Mã đơn vị", en: "Unit code" },
  { key: "year", vi: "Năm", en: "Year" },
  { key: "month", vi: "Tháng", en: "Month" },
  ...DOSSIER_COUNT_FIELDS,
] as const;
export type DossierColumnKey = (typeof DOSSIER_COLUMNS)[number]["key"];

export interface DossierImportRow {
  row: number;
  unitId: number;
  year: number;
  month: number;
  counts: DossierCounts;
}

export interface DossierImportProblem {
  row: number | null;
  column: DossierColumnKey | "file";
  message: string;
}

function problem(
  row: number | null,
  column: DossierColumnKey | "file",
  vi: string,
  en: string,
): DossierImportProblem {
  const label = DOSSIER_COLUMNS.find((c) => c.key === column) ?? { vi: "Tệp", en: "File" };
  const where = row === null ? { vi: "", en: "" } : { vi: `Dòng ${row} – `, en: `Row ${row} – ` };
  return { row, column, message: `${where.vi}${label.vi}: ${vi} / ${where.en}${label.en}: ${en}` };
}

/** A whole number as a sheet may write it: "1.234", "1,234" or "1 234" are read as 1234. */
function wholeNumber(text: string): number | null {
  const t = text.replace(/[.,\s]/g, "");
  return /^\d{1,9}$/.test(t) ? Number(t) : null;
}

export interface PlanDossierImportInput {
  records: readonly CsvRecord[];
  /** The province's units by code; others are refused. */
  units: readonly { id: number; code: string }[];
  /** Years accepted (the plan years the province keeps). */
  minYear: number;
  maxYear: number;
}

/**
 * Every row checked (all or nothing): a known unit, a year and month, each count a whole number, and
 * the counts adding up (dossierCountProblems). A (unit, month) given twice is refused.
 */
export function planDossierImport(input: PlanDossierImportInput): {
  rows: DossierImportRow[];
  problems: DossierImportProblem[];
} {
  const problems: DossierImportProblem[] = [];
  const isHeader = (r: CsvRecord) =>
    (r.cells[0] ?? "").trim().toLowerCase() === DOSSIER_COLUMNS[0].vi.toLowerCase();
  const headerAt = input.records.slice(0, 5).findIndex(isHeader);
  const records = input.records.slice(headerAt + 1);
  if (records.length === 0)
    return { rows: [], problems: [problem(null, "file", "không có dòng dữ liệu", "no data rows")] };
  const unitOf = new Map(input.units.map((u) => [u.code.toLowerCase(), u.id]));
  const seen = new Map<string, number>();
  const rows: DossierImportRow[] = [];
  for (const r of records) {
    const cell = (k: DossierColumnKey) =>
      (r.cells[DOSSIER_COLUMNS.findIndex((c) => c.key === k)] ?? "").trim();
    const at = r.line;
    const before = problems.length;
    const unitId = unitOf.get(cell("unitCode").toLowerCase());
    if (unitId === undefined)
      problems.push(problem(at, "unitCode", "không có trong danh mục đơn vị", "not in the unit register"));
    const year = wholeNumber(cell("year"));
    if (year === null || year < input.minYear || year > input.maxYear)
      problems.push(
        problem(
          at,
          "year",
          `phải là năm từ ${input.minYear} đến ${input.maxYear}`,
          `must be a year from ${input.minYear} to ${input.maxYear}`,
        ),
      );
    const month = wholeNumber(cell("month"));
    if (month === null || month < 1 || month > 12)
      problems.push(problem(at, "month", "phải là số từ 1 đến 12", "must be a number from 1 to 12"));
    const counts = {} as DossierCounts;
    for (const f of DOSSIER_COUNT_FIELDS) {
      const text = cell(f.key);
      const n = text === "" ? 0 : wholeNumber(text);
      if (n === null || n > DOSSIER_COUNT_MAX)
        problems.push(
          problem(at, f.key, "phải là số nguyên không âm", "must be a whole number, not negative"),
        );
      counts[f.key as DossierCountKey] = n ?? 0;
    }
    if (problems.length === before)
      for (const p of dossierCountProblems(counts))
        problems.push({
          row: at,
          column: p.column,
          message: `Dòng ${at} – ${p.message.vi} / Row ${at} – ${p.message.en}`,
        });
    const key = `${unitId}|${year}|${month}`;
    const earlier = seen.get(key);
    if (unitId !== undefined && earlier !== undefined)
      problems.push(
        problem(
          at,
          "month",
          `trùng đơn vị và tháng ở dòng ${earlier}`,
          `repeats the unit and month of row ${earlier}`,
        ),
      );
    seen.set(key, at);
    if (problems.length > before || unitId === undefined || year === null || month === null) continue;
    rows.push({ row: at, unitId, year, month, counts });
  }
  return { rows, problems };
}

export const DossierImportInput = UnitImportInput.pick({ fileName: true, contentBase64: true, token: true });
export type DossierImportInput = z.infer<typeof DossierImportInput>;
