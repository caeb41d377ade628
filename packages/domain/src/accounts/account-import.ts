import type { Role } from "../access/roles";
import { AccountEmail } from "../schemas/account-schemas";
import { foldVietnamese } from "../text/fold";
import type { CsvRecord } from "../units/csv";
import { PROVINCE_GRANTABLE_ROLES, roleUnitProblem, USERNAME_PATTERN } from "./account-rules";
import { passwordProblem } from "./password-policy";

/**
 * Import of a province's accounts from a sheet (Excel or CSV): username, full name, role, unit code,
 * temporary password. Planned here, previewed and committed all-or-nothing by the API; every row's
 * problems are listed with the row number and the field in words.
 */
export type AccountField = "file" | "username" | "displayName" | "role" | "unitCode" | "password" | "email";

export interface AccountImportProblem {
  row: number | null;
  field: AccountField;
  message: string;
}

export interface AccountImportRow {
  row: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  password: string;
  /** Optional column: where notifications are also e-mailed. */
  email: string | null;
}

export interface AccountImportPlan {
  rows: AccountImportRow[];
  problems: AccountImportProblem[];
}

/** How the sheet may name a role: its code, or its Vietnamese name as the admin app shows it. */
const ROLE_NAMES: Record<string, Role> = {
  "quan tri so noi vu": "province_admin",
  "van phong ubnd tinh": "province_office",
  "kiem tra nganh": "sector_inspector",
  "can bo don vi": "unit_officer",
  "giam sat camera": "camera_reviewer",
  "lanh dao tinh": "leader",
};

const HEADERS: Record<Exclude<AccountField, "file">, readonly string[]> = {
  username: ["username", "tendangnhap", "taikhoan"],
  displayName: ["displayname", "hoten", "hovaten", "ten"],
  role: ["role", "vaitro"],
  unitCode: ["unitcode", "madonvi", "donvi"],
  password: ["password", "matkhau", "matkhautam"],
  email: ["email", "thudientu", "diachithudientu"],
};
const FIELD_NAMES: Record<AccountField, { vi: string; en: string }> = {
  file: { vi: "Tệp", en: "File" },
  username: { vi: "Tên đăng nhập", en: "Username" },
  displayName: { vi: "Họ tên", en: "Full name" },
  role: { vi: "Vai trò", en: "Role" },
  unitCode: { vi: "Mã đơn vị", en: "Unit code" },
  password: { vi: "Mật khẩu tạm", en: "Temporary password" },
  email: { vi: "Thư điện tử", en: "E-mail" },
};
const ORDER: readonly Exclude<AccountField, "file">[] = [
  "username",
  "displayName",
  "role",
  "unitCode",
  "password",
  "email",
];
export const ACCOUNT_IMPORT_MAX_ROWS = 2_000;

function problem(row: number | null, field: AccountField, vi: string, en: string): AccountImportProblem {
  const name = FIELD_NAMES[field];
  const where = row === null ? { vi: "", en: "" } : { vi: `Dòng ${row}: `, en: `Row ${row}: ` };
  return { row, field, message: `${where.vi}${name.vi}: ${vi} / ${where.en}${name.en}: ${en}` };
}

export function roleOfCell(cell: string): Role | null {
  const code = cell.trim().toLowerCase();
  if ((PROVINCE_GRANTABLE_ROLES as readonly string[]).includes(code)) return code as Role;
  return ROLE_NAMES[foldVietnamese(cell).replace(/\s+/g, " ").trim()] ?? null;
}

export interface PlanAccountImportInput {
  records: readonly CsvRecord[];
  /** Usernames already taken, lower-case (in any province: a username is national). */
  takenUsernames: ReadonlySet<string>;
  /** The province's open units by lower-case code. */
  unitsByCode: ReadonlyMap<string, { id: number; name: string }>;
}

export function planAccountImport(input: PlanAccountImportInput): AccountImportPlan {
  const problems: AccountImportProblem[] = [];
  const rows: AccountImportRow[] = [];
  const [first, ...rest] = input.records;
  if (!first) return { rows, problems: [problem(null, "file", "không có dòng dữ liệu nào", "no data rows")] };
  const key = (c: string) => foldVietnamese(c).replace(/[^a-z0-9]/g, "");
  const columns: Partial<Record<Exclude<AccountField, "file">, number>> = {};
  first.cells.forEach((cell, i) => {
    for (const f of ORDER) if (columns[f] === undefined && HEADERS[f].includes(key(cell))) columns[f] = i;
  });
  const hasHeader = columns.username !== undefined;
  const data = hasHeader ? rest : input.records;
  const col = (f: Exclude<AccountField, "file">) => (hasHeader ? columns[f] : ORDER.indexOf(f));
  if (data.length > ACCOUNT_IMPORT_MAX_ROWS)
    return {
      rows,
      problems: [
        problem(
          null,
          "file",
          `tối đa ${ACCOUNT_IMPORT_MAX_ROWS} dòng`,
          `at most ${ACCOUNT_IMPORT_MAX_ROWS} rows`,
        ),
      ],
    };
  const seen = new Set<string>();
  for (const r of data) {
    const cell = (f: Exclude<AccountField, "file">) => {
      const i = col(f);
      return i === undefined ? "" : (r.cells[i] ?? "").trim();
    };
    const before = problems.length;
    const username = cell("username").toLowerCase();
    if (!USERNAME_PATTERN.test(username))
      problems.push(
        problem(r.line, "username", "3–100 ký tự a-z, 0-9, dấu . _ -", "3–100 characters of a-z, 0-9, . _ -"),
      );
    else if (input.takenUsernames.has(username))
      problems.push(problem(r.line, "username", `"${username}" đã được dùng`, `"${username}" is taken`));
    else if (seen.has(username))
      problems.push(problem(r.line, "username", "trùng với một dòng trước", "repeats an earlier row"));
    seen.add(username);
    const displayName = cell("displayName");
    if (displayName.length < 1 || displayName.length > 200)
      problems.push(problem(r.line, "displayName", "từ 1 đến 200 ký tự", "1 to 200 characters"));
    const role = roleOfCell(cell("role"));
    if (!role) problems.push(problem(r.line, "role", "không có vai trò này", "no such role"));
    const unitCode = cell("unitCode");
    const unit = unitCode === "" ? null : (input.unitsByCode.get(unitCode.toLowerCase()) ?? null);
    if (unitCode !== "" && !unit)
      problems.push(
        problem(
          r.line,
          "unitCode",
          `không có đơn vị mã "${unitCode}" trong tỉnh`,
          `no unit "${unitCode}" in the province`,
        ),
      );
    if (role && (unitCode === "" || unit)) {
      const p = roleUnitProblem(role, unit?.id ?? null);
      // The rule's message names its own field (Vai trò / Đơn vị): keep it, with the row.
      if (p)
        problems.push({
          row: r.line,
          field: "unitCode",
          message: `Dòng ${r.line}: ${p.vi} / Row ${r.line}: ${p.en}`,
        });
    }
    const password = cell("password");
    const weak = passwordProblem(password, { username });
    if (weak)
      problems.push({
        row: r.line,
        field: "password",
        message: `Dòng ${r.line}: ${weak.vi.replace("Mật khẩu mới", "Mật khẩu tạm")} / Row ${r.line}: ${weak.en.replace("New password", "Temporary password")}`,
      });
    const emailCell = cell("email").toLowerCase();
    const email = AccountEmail.safeParse(emailCell);
    if (!email.success)
      problems.push(
        problem(r.line, "email", "không hợp lệ, ví dụ ten@donvi.gov.vn", "invalid, e.g. name@agency.gov.vn"),
      );
    if (problems.length === before && role)
      rows.push({
        row: r.line,
        username,
        displayName,
        role,
        unitId: unit?.id ?? null,
        unitName: unit?.name ?? null,
        password,
        email: email.success ? email.data : null,
      });
  }
  if (data.length === 0) problems.push(problem(null, "file", "không có dòng dữ liệu nào", "no data rows"));
  return { rows, problems };
}
