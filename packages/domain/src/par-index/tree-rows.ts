import { foldVietnamese } from "../text/fold";
import { INDEX_COMPONENT_LABELS, type IndexComponent, IndexNode, type IndexRule } from "./index-schemas";

/**
 * The tree as a sheet of rows — what the export writes and the import reads (issue 11 §3): one row
 * per node, the columns below. Rules in words a clerk types: "Chấm theo mức độ", "Đạt/Không đạt", "Theo mức"
 * with "ngưỡng:điểm; …", "Công thức" with its expression.
 */
export const TREE_COLUMNS = [
  "Mã",
  "Tên tiêu chí",
  "Điểm tối đa",
  "Thành phần",
  "Cách chấm",
  "Tham số",
  "Số liệu",
  "Tài liệu kiểm chứng",
] as const;

const RULE_WORDS: Record<IndexRule["kind"], string> = {
  manual: "Chấm theo mức độ",
  fixed: "Đạt/Không đạt",
  tiered: "Theo mức",
  formula: "Công thức",
};

export function nodeToRow(n: IndexNode): string[] {
  const r = n.rule;
  const param =
    r?.kind === "formula"
      ? r.expr
      : r?.kind === "tiered"
        ? r.tiers.map((t) => `${t.min}:${t.points}`).join("; ")
        : "";
  return [
    n.code,
    n.name,
    String(n.maxPoints),
    n.component ? INDEX_COMPONENT_LABELS[n.component].vi : "",
    r ? RULE_WORDS[r.kind] : "",
    param,
    r?.kind === "tiered" ? (r.figure ?? "") : "",
    n.evidenceRequired ? "Có" : "",
  ];
}

export interface RowProblem {
  row: number;
  message: string;
}

const lookup = <K extends string>(words: Record<K, string>, text: string): K | undefined => {
  const t = foldVietnamese(text).replace(/\s+/g, " ").trim();
  return (Object.keys(words) as K[]).find((k) => foldVietnamese(words[k]) === t || k === t);
};

/**
 * A sheet's records to nodes, or every row's problem with its sheet row number. Rows above the header
 * (the one whose first cell is "Mã": the export's title lines) are skipped.
 */
export function rowsToNodes(records: readonly { line: number; cells: string[] }[]): {
  nodes: IndexNode[];
  problems: RowProblem[];
} {
  const nodes: IndexNode[] = [];
  const problems: RowProblem[] = [];
  const header = records.findIndex((r) => foldVietnamese(r.cells[0] ?? "") === "ma");
  records.slice(header + 1).forEach(({ line: row, cells }) => {
    const [
      code = "",
      name = "",
      max = "",
      component = "",
      rule = "",
      param = "",
      figure = "",
      evidence = "",
    ] = cells.map((c) => c.trim());
    if (!code && !name) return;
    const add = (vi: string, en: string) =>
      problems.push({ row, message: `Dòng ${row}: ${vi} / Row ${row}: ${en}` });
    const comp = component
      ? lookup<IndexComponent>(
          Object.fromEntries(Object.entries(INDEX_COMPONENT_LABELS).map(([k, v]) => [k, v.vi])) as Record<
            IndexComponent,
            string
          >,
          component,
        )
      : undefined;
    if (component && !comp)
      add(`thành phần "${component}" không hợp lệ`, `component "${component}" is not valid`);
    const kind = rule ? lookup(RULE_WORDS, rule) : undefined;
    if (rule && !kind) add(`cách chấm "${rule}" không hợp lệ`, `rule "${rule}" is not valid`);
    let parsedRule: IndexRule | undefined;
    if (kind === "formula") parsedRule = { kind, expr: param };
    else if (kind === "tiered") {
      const tiers = param
        .split(";")
        .filter((s) => s.trim())
        .map((s) => s.split(":").map((x) => Number(x.trim().replace(",", "."))));
      if (tiers.some((t) => t.length !== 2 || t.some((x) => !Number.isFinite(x))))
        add(`các mức phải có dạng "ngưỡng:điểm; …"`, `tiers must read "threshold:points; …"`);
      parsedRule = {
        kind,
        tiers: tiers.map(([min, points]) => ({ min: min ?? 0, points: points ?? 0 })),
        ...(figure ? { figure } : {}),
      };
    } else if (kind) parsedRule = { kind };
    if (problems.some((p) => p.row === row)) return;
    const parsed = IndexNode.safeParse({
      code,
      name,
      maxPoints: Number(max.replace(",", ".")),
      ...(comp ? { component: comp } : {}),
      ...(parsedRule ? { rule: parsedRule } : {}),
      evidenceRequired: /^(có|co|x|yes|1)$/i.test(evidence),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3))
        problems.push({ row, message: `Dòng ${row}: ${issue.message}` });
      return;
    }
    nodes.push(parsed.data);
  });
  return { nodes, problems };
}
