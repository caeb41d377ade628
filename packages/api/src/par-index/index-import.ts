import { createHash } from "node:crypto";
import {
  INDEX_LEVEL_LABELS,
  type IndexImportInput,
  IndexTree,
  nodeToRow,
  rowsToNodes,
  TREE_COLUMNS,
  validateIndexTree,
} from "@par/domain";
import type { Request } from "../access/request";
import { addTableSheet, newWorkbook, toBuffer } from "../documents/excel/sheet";
import { fail } from "../errors";
import { sheetRecords } from "../history/sheet-records";
import { readTree, saveTree } from "./index-versions";

/** The file's rows as a tree, with every problem on its row (parsing, then the tree's own rules). */
async function planOf(input: IndexImportInput) {
  const records = await sheetRecords(input.fileName, input.contentBase64, TREE_COLUMNS.length);
  if (records.length > 1000)
    fail("IMPORT.FILE", "Tệp: tối đa 1.000 dòng / File: at most 1,000 rows", "contentBase64");
  const { nodes, problems } = rowsToNodes(records);
  const rowOf = new Map<string, number>();
  for (const r of records) rowOf.set((r.cells[0] ?? "").trim(), r.line);
  const tree = IndexTree.safeParse({
    year: input.year,
    level: input.level,
    title: input.title,
    basis: input.basis,
    example: false,
    nodes,
  });
  const treeProblems =
    problems.length > 0
      ? []
      : tree.success
        ? validateIndexTree(tree.data).map((p) => ({ row: rowOf.get(p.code) ?? 0, message: p.message }))
        : tree.error.issues.slice(0, 5).map((i) => ({ row: 0, message: i.message }));
  const all = [...problems, ...treeProblems];
  const token = createHash("sha256")
    .update(JSON.stringify([input.year, input.level, input.title, nodes]))
    .digest("hex");
  return { nodes, problems: all, token, tree: tree.success ? tree.data : null };
}

export async function previewIndexImport(_q: Request, input: IndexImportInput) {
  const { nodes, problems, token } = await planOf(input);
  return { nodes, problems, token, ok: problems.length === 0 };
}

/** All or nothing: any problem refuses the whole file; otherwise it becomes the next version. */
export async function commitIndexImport(q: Request, input: IndexImportInput) {
  const { problems, token, tree } = await planOf(input);
  if (problems.length > 0 || !tree) {
    const first = problems.slice(0, 3).map((p) => p.message.split(" / "));
    fail(
      "IMPORT.INVALID",
      `Tệp có ${problems.length} lỗi, không ghi gì: ${first.map((m) => m[0]).join("; ")} / The file has ${problems.length} error(s), nothing was written: ${first.map((m) => m[1]).join("; ")}`,
      "contentBase64",
    );
  }
  if (input.token !== undefined && input.token !== token)
    fail(
      "IMPORT.CHANGED",
      "Tệp đã thay đổi từ lúc xem trước; hãy xem trước lại / The file changed since the preview; preview again",
      "token",
    );
  return saveTree(q, tree);
}

/** The tree in force as Excel, in the layout the import reads back. */
export async function treeWorkbook(q: Request, year: number, level: IndexTree["level"]) {
  const tree = await readTree(q, year, level);
  const book = newWorkbook();
  addTableSheet<string[]>(book, {
    name: `Bộ chỉ số ${year}`,
    title: tree.title.toUpperCase(),
    subtitle: tree.example
      ? "Bộ chỉ số mẫu, sẽ được thay bằng quyết định của UBND tỉnh"
      : tree.basis || `Phiên bản ${tree.version}`,
    columns: TREE_COLUMNS.map((header, i) => ({
      header,
      width: [8, 60, 11, 20, 16, 36, 24, 12][i] ?? 12,
      kind: "text" as const,
      value: (r: string[]) => r[i] ?? "",
    })),
    rows: tree.nodes.map(nodeToRow),
  });
  return { title: `Bộ chỉ số CCHC ${year} - ${INDEX_LEVEL_LABELS[level].vi}`, buffer: await toBuffer(book) };
}
