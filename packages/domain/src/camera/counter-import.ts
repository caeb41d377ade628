import type { z } from "zod";
import { UnitImportInput } from "../schemas/file-schemas";
import type { CsvRecord } from "../units/csv";
import { STREAM_KINDS, type StreamKind } from "./camera-schemas";

/**
 * The feeds register as a spreadsheet (sổ quầy – camera): one row per counter. Import is all or
 * nothing, every problem named by row and column. Stream addresses and credentials may be imported
 * but are never exported (they stay on the server); an empty address keeps the stored one.
 */
export const COUNTER_COLUMNS = [
  { key: "unitCode", vi: "Mã đơn vị", en: "Unit code" },
  { key: "number", vi: "Số quầy", en: "Counter number" },
  { key: "name", vi: "Tên quầy", en: "Counter name" },
  { key: "fields", vi: "Lĩnh vực", en: "Fields" },
  { key: "streamKind", vi: "Loại luồng", en: "Stream kind" },
  { key: "streamUrl", vi: "Địa chỉ luồng", en: "Stream address" },
  { key: "username", vi: "Tên đăng nhập camera", en: "Camera user name" },
  { key: "password", vi: "Mật khẩu camera", en: "Camera password" },
] as const;
type ColumnKey = (typeof COUNTER_COLUMNS)[number]["key"];

export interface CounterImportRow {
  row: number;
  shopUnitId: number;
  number: number;
  name: string;
  fields: string[];
  streamKind: StreamKind;
  streamUrl: string | null;
  username: string | null;
  password: string | null;
}

export interface CounterImportProblem {
  row: number | null;
  column: ColumnKey | "file";
  message: string;
}

function problem(
  row: number | null,
  column: ColumnKey | "file",
  vi: string,
  en: string,
): CounterImportProblem {
  const label = COUNTER_COLUMNS.find((c) => c.key === column) ?? { vi: "Tệp", en: "File" };
  const where = row === null ? { vi: "", en: "" } : { vi: `Dòng ${row} – `, en: `Row ${row} – ` };
  return { row, column, message: `${where.vi}${label.vi}: ${vi} / ${where.en}${label.en}: ${en}` };
}

const URL_PATTERN = /^(https?|rtsps?):\/\/\S+$/i;
const KIND_OF_TEXT: Record<string, StreamKind> = Object.fromEntries(STREAM_KINDS.map((k) => [k, k]));

export interface PlanCounterImportInput {
  records: readonly CsvRecord[];
  /** One-stop shops by code (others are refused). */
  shops: readonly { id: number; code: string; hasOneStopShop: boolean }[];
  fieldCodes: readonly string[];
}

export function planCounterImport(input: PlanCounterImportInput): {
  rows: CounterImportRow[];
  problems: CounterImportProblem[];
} {
  const problems: CounterImportProblem[] = [];
  // The header row ("Mã đơn vị", …) may follow a title (as in the exported sheet): rows up to it are skipped.
  const isHeader = (r: CsvRecord) =>
    (r.cells[0] ?? "").trim().toLowerCase() === COUNTER_COLUMNS[0].vi.toLowerCase();
  const headerAt = input.records.slice(0, 5).findIndex(isHeader);
  const records = input.records.slice(headerAt + 1);
  if (records.length === 0)
    return { rows: [], problems: [problem(null, "file", "không có dòng dữ liệu", "no data rows")] };
  const shopOf = new Map(input.shops.map((s) => [s.code.toLowerCase(), s]));
  const fields = new Set(input.fieldCodes);
  const seen = new Set<string>();
  const rows: CounterImportRow[] = [];
  for (const r of records) {
    const cell = (k: ColumnKey) => (r.cells[COUNTER_COLUMNS.findIndex((c) => c.key === k)] ?? "").trim();
    const at = r.line;
    const before = problems.length;
    const shop = shopOf.get(cell("unitCode").toLowerCase());
    if (!shop)
      problems.push(problem(at, "unitCode", "không có trong danh mục đơn vị", "not in the unit register"));
    else if (!shop.hasOneStopShop)
      problems.push(
        problem(at, "unitCode", "đơn vị không có Bộ phận Một cửa", "the unit has no one-stop shop"),
      );
    const number = Number(cell("number"));
    if (!Number.isInteger(number) || number < 1 || number > 999)
      problems.push(
        problem(at, "number", "phải là số nguyên từ 1 đến 999", "must be an integer from 1 to 999"),
      );
    const name = cell("name");
    if (name.length < 1 || name.length > 120)
      problems.push(problem(at, "name", "từ 1 đến 120 ký tự", "1 to 120 characters"));
    const fieldList = cell("fields")
      .split(/[,;]/)
      .map((f) => f.trim())
      .filter(Boolean);
    const unknown = fieldList.filter((f) => !fields.has(f));
    if (unknown.length > 0 || fieldList.length > 20)
      problems.push(
        problem(
          at,
          "fields",
          `mã không hợp lệ: ${unknown.join(", ")}`,
          `invalid codes: ${unknown.join(", ")}`,
        ),
      );
    const kind = KIND_OF_TEXT[cell("streamKind").toLowerCase()];
    if (!kind)
      problems.push(
        problem(at, "streamKind", "phải là hls, rtsp, mjpeg hoặc demo", "must be hls, rtsp, mjpeg or demo"),
      );
    const url = cell("streamUrl");
    if (url && (!URL_PATTERN.test(url) || url.length > 500))
      problems.push(
        problem(
          at,
          "streamUrl",
          "phải bắt đầu bằng http://, https:// hoặc rtsp://",
          "must start with http://, https:// or rtsp://",
        ),
      );
    const username = cell("username");
    const password = cell("password");
    if (username.length > 100)
      problems.push(problem(at, "username", "tối đa 100 ký tự", "at most 100 characters"));
    if (password.length > 200)
      problems.push(problem(at, "password", "tối đa 200 ký tự", "at most 200 characters"));
    const dup = `${shop?.id}|${number}`;
    if (shop && seen.has(dup))
      problems.push(problem(at, "number", "trùng quầy ở dòng trước", "repeats an earlier row"));
    seen.add(dup);
    if (problems.length > before || !shop || !kind) continue;
    rows.push({
      row: at,
      shopUnitId: shop.id,
      number,
      name,
      fields: fieldList,
      streamKind: kind,
      streamUrl: url || null,
      username: username || null,
      password: password || null,
    });
  }
  return { rows, problems };
}

export const CounterImportInput = UnitImportInput.pick({ fileName: true, contentBase64: true, token: true });
export type CounterImportInput = z.infer<typeof CounterImportInput>;
