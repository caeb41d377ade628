import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Bilingual, parseCsv, type RestructureRow, readRestructureTable } from "@par/domain";
import type { Db } from "../db/database";
import { allUnits } from "../db/unit-import.repository";
import { REPO_ROOT } from "../env";
import { loadUnits2025, TWO_TIER_START } from "../seed/reference-data";

export interface ShippedRestructuring {
  id: string;
  title: Bilingual;
  effectiveDate: string;
  source: Bilingual;
  /** The rows as of the register now: a shipped change already applied yields no rows. */
  rows: (db: Db) => Promise<RestructureRow[]>;
}

/**
 * The two-tier structure of 1 July 2025 (Nghị quyết 1662/NQ-UBTVQH15) as a restructuring: every
 * district still open closes with its subtree; every commune of the new catalogue not yet in the
 * register opens under the province, most of them reusing an old commune's code. The catalogue says
 * nothing of which old communes form each new one, so no succession is recorded: an admin can add
 * them as merges when the mapping is at hand.
 */
async function twoTierRows(db: Db): Promise<RestructureRow[]> {
  const gso = loadUnits2025();
  const province = gso.find((u) => u.parentCode === null);
  if (!province) throw new Error("dong-nai-units-2025-07.json has no province");
  // Đồng Nai's register only: the catalogue is that province's.
  const root = await db
    .selectFrom("org_units")
    .select("id")
    .where("parent_id", "is", null)
    .where("code", "=", province.code)
    .executeTakeFirst();
  if (!root) return [];
  const register = await allUnits(db, root.id);
  const openOn = (u: (typeof register)[number], day: string) =>
    u.valid_from <= day && (u.valid_to === null || u.valid_to >= day);
  const rows: RestructureRow[] = [];
  let line = 1;
  for (const d of register.filter(
    (u) => u.kind === "district" && openOn(u, "2025-06-30") && openOn(u, TWO_TIER_START),
  )) {
    rows.push({
      row: ++line,
      op: "close",
      sourceCode: d.code,
      targetCode: "",
      targetName: "",
      targetKind: "",
      parentCode: "",
    });
  }
  const present = new Set(
    register
      .filter((u) => openOn(u, TWO_TIER_START) && u.kind === "commune" && u.valid_from >= TWO_TIER_START)
      .map((u) => u.code),
  );
  for (const c of gso.filter((u) => u.parentCode === province.code && !present.has(u.code))) {
    rows.push({
      row: ++line,
      op: "create",
      sourceCode: "",
      targetCode: c.code,
      targetName: c.name,
      targetKind: "commune",
      parentCode: province.code,
    });
  }
  return rows;
}

export const SHIPPED_RESTRUCTURINGS: readonly ShippedRestructuring[] = [
  {
    id: "dong-nai-2025-03-departments",
    title: {
      vi: "Sáp nhập các sở từ 01/03/2025 (5 trường hợp chung cả nước)",
      en: "Department mergers of 1 March 2025 (the five national cases)",
    },
    effectiveDate: "2025-03-01",
    source: {
      vi: "Thông tin công khai theo mô hình chung của Nghị định 45/2025/NĐ-CP; cần đối chiếu quyết định của tỉnh",
      en: "Public knowledge, the national pattern of Nghị định 45/2025/NĐ-CP; check the province's own decisions",
    },
    rows: async () =>
      readRestructureTable(
        parseCsv(readFileSync(join(REPO_ROOT, "data", "restructuring-2025-03-departments.csv"), "utf8")),
      ),
  },
  {
    id: "dong-nai-2025-07-two-tier",
    title: {
      vi: "Chính quyền địa phương hai cấp từ 01/07/2025 (95 xã, phường)",
      en: "Two-tier local government from 1 July 2025 (95 communes and wards)",
    },
    effectiveDate: TWO_TIER_START,
    source: {
      vi: "Nghị quyết 1662/NQ-UBTVQH15; danh mục của Cục Thống kê",
      en: "Nghị quyết 1662/NQ-UBTVQH15; the statistics office's catalogue",
    },
    rows: twoTierRows,
  },
];

export function findShipped(id: string): ShippedRestructuring | undefined {
  return SHIPPED_RESTRUCTURINGS.find((s) => s.id === id);
}
