import { PAR_FIGURES } from "./figures";
import { figuresOf, parseFormula } from "./formula";
import type { IndexComponent, IndexNode, IndexTree } from "./index-schemas";

/** Points compare to the hundredth: maxima have at most two decimals. */
const same = (a: number, b: number) => Math.abs(a - b) < 0.005;

export const parentCode = (code: string): string | null =>
  code.includes(".") ? code.slice(0, code.lastIndexOf(".")) : null;
export const fieldCode = (code: string): string => code.split(".")[0] as string;
export const depthOf = (code: string): number => code.split(".").length;

/** Children by parent code ("" for the fields), in the tree's order. */
export function childrenOf(nodes: readonly IndexNode[]): Map<string, IndexNode[]> {
  const out = new Map<string, IndexNode[]>();
  for (const n of nodes) {
    const p = parentCode(n.code) ?? "";
    const list = out.get(p) ?? [];
    list.push(n);
    out.set(p, list);
  }
  return out;
}

/** The nodes that are scored: those without children. */
export function leavesOf(nodes: readonly IndexNode[]): IndexNode[] {
  const kids = childrenOf(nodes);
  return nodes.filter((n) => !kids.has(n.code));
}

/** The component a node counts toward: its field's. */
export function componentOf(nodes: readonly IndexNode[], code: string): IndexComponent {
  const field = nodes.find((n) => n.code === fieldCode(code));
  return field?.component ?? "assessment";
}

export interface TreeProblem {
  /** The row's code ("" for the whole tree), so an editor or an import preview can point at it. */
  code: string;
  message: string;
}

/**
 * Everything that makes a tree unusable, each on its row: unknown parents, repeated codes, children
 * whose maxima do not add up to their parent's (bonus and penalty items may exceed their cap: the cap
 * limits the sum), leaves without a rule, rules that cannot be computed.
 */
export function validateIndexTree(tree: Pick<IndexTree, "nodes">): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const add = (code: string, vi: string, en: string) => problems.push({ code, message: `${vi} / ${en}` });
  const seen = new Set<string>();
  for (const n of tree.nodes) {
    if (seen.has(n.code)) add(n.code, `Mã ${n.code} bị trùng`, `Code ${n.code} is repeated`);
    seen.add(n.code);
    const p = parentCode(n.code);
    if (p !== null && !seen.has(p))
      add(
        n.code,
        `Mã ${n.code}: chưa có dòng cha ${p} ở phía trên`,
        `Code ${n.code}: its parent ${p} must come first`,
      );
    if (p === null && !n.component)
      add(n.code, `Lĩnh vực ${n.code}: chưa chọn thành phần`, `Field ${n.code}: choose its component`);
  }
  const kids = childrenOf(tree.nodes);
  for (const n of tree.nodes) {
    const children = kids.get(n.code);
    const component = componentOf(tree.nodes, n.code);
    if (children) {
      const sum = children.reduce((s, c) => s + c.maxPoints, 0);
      const capped = component === "bonus" || component === "penalty";
      if (capped ? children.some((c) => c.maxPoints > n.maxPoints + 0.005) : !same(sum, n.maxPoints))
        add(
          n.code,
          capped
            ? `Mã ${n.code}: mỗi mục không vượt mức trần ${n.maxPoints}`
            : `Mã ${n.code}: tổng điểm các mục con là ${round2(sum)}, phải bằng ${n.maxPoints}`,
          capped
            ? `Code ${n.code}: no item may exceed the cap ${n.maxPoints}`
            : `Code ${n.code}: its items add up to ${round2(sum)}, they must add up to ${n.maxPoints}`,
        );
      continue;
    }
    problems.push(...ruleProblems(n));
  }
  if (
    tree.nodes.length > 0 &&
    !tree.nodes.some(
      (n) => parentCode(n.code) === null && n.component !== "bonus" && n.component !== "penalty",
    )
  )
    add(
      "",
      "Bộ chỉ số cần ít nhất một lĩnh vực thẩm định hoặc điều tra",
      "The index needs at least one assessment or survey field",
    );
  return problems;
}

function ruleProblems(n: IndexNode): TreeProblem[] {
  const out: TreeProblem[] = [];
  const add = (vi: string, en: string) => out.push({ code: n.code, message: `${vi} / ${en}` });
  const rule = n.rule;
  if (!rule) {
    add(`Mã ${n.code}: chưa chọn cách chấm`, `Code ${n.code}: choose how it is scored`);
    return out;
  }
  if (rule.kind === "tiered") {
    if (rule.tiers.some((t) => t.points > n.maxPoints + 0.005))
      add(
        `Mã ${n.code}: điểm của một mức vượt điểm tối đa`,
        `Code ${n.code}: a tier gives more than the maximum`,
      );
    if (rule.figure && !(rule.figure in PAR_FIGURES))
      add(
        `Mã ${n.code}: không có số liệu "${rule.figure}"`,
        `Code ${n.code}: there is no figure "${rule.figure}"`,
      );
  }
  if (rule.kind === "formula") {
    const parsed = parseFormula(rule.expr);
    if (!parsed.ok)
      add(`Mã ${n.code}: công thức sai`, `Code ${n.code}: the formula is wrong: ${parsed.error}`);
    else
      for (const f of new Set(figuresOf(parsed.formula)))
        if (!(f in PAR_FIGURES))
          add(
            `Mã ${n.code}: công thức dùng số liệu không có "${f}"`,
            `Code ${n.code}: the formula reads an unknown figure "${f}"`,
          );
  }
  return out;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The most a unit can reach before bonus and penalty: assessment and survey fields. */
export function indexMaximum(nodes: readonly IndexNode[]): number {
  return round2(
    nodes
      .filter(
        (n) => parentCode(n.code) === null && (n.component === "assessment" || n.component === "survey"),
      )
      .reduce((s, n) => s + n.maxPoints, 0),
  );
}
