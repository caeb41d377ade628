import {
  INDEX_LEVEL_LABELS,
  type IndexLevel,
  type RankingPageInput,
  type SheetsPageInput,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { toPage } from "../db/keyset";
import { pageRanking, pageSheets, type RankingRow } from "../db/par-index.repository";
import { addTableSheet, newWorkbook, toBuffer } from "../documents/excel/sheet";
import { treeInForce } from "./index-versions";
import { assertMayReadRanking } from "./publication";

const toRanking = (r: RankingRow) => ({
  rank: Number(r.rank),
  sheetId: r.id,
  unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name },
  total: Number(r.total),
  fields: r.field_scores,
});

/** The fields (lĩnh vực) of the year's index: the ranking's columns. */
async function fieldsOf(q: Request, year: number, level: IndexLevel) {
  const tree = await treeInForce(q.db, provinceOf(q.user), year, level);
  return tree.nodes
    .filter((n) => !n.code.includes("."))
    .map((n) => ({
      code: n.code,
      name: n.name,
      maxPoints: n.maxPoints,
      component: n.component ?? "assessment",
    }));
}

export async function rankingPage(q: Request, input: RankingPageInput) {
  await assertMayReadRanking(q, q.db, input.year, input.level);
  const rows = await pageRanking(q.db, { provinceId: provinceOf(q.user), ...input });
  const page = toPage(rows, input.limit, (r) => [Number(r.total), r.id], toRanking);
  return { ...page, fields: await fieldsOf(q, input.year, input.level) };
}

export async function sheetsPage(q: Request, input: SheetsPageInput) {
  const rows = await pageSheets(q.db, { provinceId: provinceOf(q.user), ...input });
  return toPage(
    rows,
    input.limit,
    (r) => [r.search_name, r.id],
    (r) => ({
      sheetId: r.id,
      unit: { id: r.unit_id, name: r.unit_name },
      state: r.state,
      total: r.total === null ? null : Number(r.total),
      updatedAt: r.updated_at,
    }),
  );
}

/** Bảng xếp hạng Chỉ số CCHC as Excel: every locked unit of the level, with the score of each field. */
export async function rankingWorkbook(q: Request, year: number, level: IndexLevel) {
  await assertMayReadRanking(q, q.db, year, level);
  const [rows, fields, tree] = await Promise.all([
    pageRanking(q.db, { provinceId: provinceOf(q.user), year, level, limit: null }),
    fieldsOf(q, year, level),
    treeInForce(q.db, provinceOf(q.user), year, level),
  ]);
  const book = newWorkbook();
  type Row = ReturnType<typeof toRanking>;
  addTableSheet<Row>(book, {
    name: `Xếp hạng ${year}`,
    title: `KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year} — ${INDEX_LEVEL_LABELS[level].vi.toUpperCase()}`,
    ...(tree.example ? { subtitle: "Theo bộ chỉ số mẫu, sẽ được thay bằng quyết định của UBND tỉnh" } : {}),
    columns: [
      { header: "Xếp hạng", width: 9, kind: "integer", value: (r) => r.rank },
      { header: "Đơn vị", width: 36, kind: "text", value: (r) => r.unit.name },
      ...fields.map((f) => ({
        header: `${f.code}. ${f.name} (${f.maxPoints})`,
        width: 14,
        kind: "decimal" as const,
        value: (r: Row) => r.fields[f.code] ?? 0,
      })),
      { header: "Tổng điểm", width: 11, kind: "decimal", value: (r) => r.total },
    ],
    rows: rows.map(toRanking),
  });
  return {
    title: `Xếp hạng Chỉ số CCHC ${year} - ${INDEX_LEVEL_LABELS[level].vi}`,
    buffer: await toBuffer(book),
  };
}
