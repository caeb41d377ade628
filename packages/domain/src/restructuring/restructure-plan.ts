import { addDays, formatViDate } from "../calendar/iso-date";
import type { RegisterUnit } from "../units/unit-import";
import { mayHaveParent, type UnitKind } from "../units/unit-kinds";
import { isValidOn } from "../units/validity";
import {
  kindOfWord,
  opOfWord,
  type RestructureField,
  type RestructureOp,
  type RestructureRow,
} from "./restructuring";

export interface RestructureProblem {
  row: number | null;
  field: RestructureField;
  code: string;
  /** "Tiếng Việt / English", naming the row and the field. */
  message: string;
}

export interface PlannedClose {
  unitId: number;
  code: string;
  name: string;
  kind: UnitKind;
  rows: number[];
  /** The closing unit whose subtree this one belongs to (its code), or null when a row names it. */
  withParent: string | null;
}

export interface PlannedOpen {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  /** The code belonged to a unit that ends before the effective date (code reuse). */
  reusesCode: boolean;
  rows: number[];
}

export interface PlannedRename {
  unitId: number;
  code: string;
  from: string;
  to: string;
  row: number;
}

export interface PlannedSuccession {
  predecessorId: number;
  predecessorCode: string;
  /** The successor's code: an existing unit (successorId) or one this restructuring opens (null). */
  successorCode: string;
  successorName: string;
  successorId: number | null;
  kind: "merge" | "split";
  row: number;
}

export interface RestructurePlan {
  effectiveDate: string;
  /** The last day of every unit that ends: the day before the effective date. */
  closeOn: string;
  closes: PlannedClose[];
  opens: PlannedOpen[];
  renames: PlannedRename[];
  successions: PlannedSuccession[];
  /** Nothing may be written while there is one. */
  problems: RestructureProblem[];
  summary: { closes: number; opens: number; renames: number; successions: number; errors: number };
}

const LABEL: Record<RestructureField, { vi: string; en: string }> = {
  file: { vi: "Tệp", en: "File" },
  op: { vi: "Thao tác", en: "Operation" },
  sourceCode: { vi: "Mã nguồn", en: "Source code" },
  targetCode: { vi: "Mã đích", en: "Target code" },
  targetName: { vi: "Tên đích", en: "Target name" },
  targetKind: { vi: "Loại", en: "Kind" },
  parentCode: { vi: "Mã cấp trên", en: "Parent code" },
};

const NEEDS: Record<RestructureOp, { source: boolean; target: boolean }> = {
  merge: { source: true, target: true },
  split: { source: true, target: true },
  rename: { source: true, target: false },
  create: { source: false, target: true },
  close: { source: true, target: false },
};

const lower = (s: string) => s.toLowerCase();

/**
 * Checks a restructuring against the register and says what it would do: which units open, close
 * (with their open subtree) and are renamed, which successions are recorded, and every problem by row.
 * Rules: sources are valid the day before the effective date and still open on it; no unit is both
 * closed and kept (renamed, an existing successor or the parent of a new unit); each unit closes once;
 * a code is unique among the units valid on any day (a closed unit's code may be reused from the date);
 * a new unit's parent is valid from the date and may hold its kind. Pure: the API passes the register.
 */
export function planRestructuring(input: {
  effectiveDate: string;
  rows: readonly RestructureRow[];
  register: readonly RegisterUnit[];
  fileProblems?: readonly RestructureProblem[];
}): RestructurePlan {
  const { effectiveDate } = input;
  const eve = addDays(effectiveDate, -1);
  const problems: RestructureProblem[] = [...(input.fileProblems ?? [])];
  const add = (row: number | null, field: RestructureField, code: string, vi: string, en: string) => {
    const l = LABEL[field];
    const where = row === null ? { vi: "", en: "" } : { vi: `Dòng ${row} – `, en: `Row ${row} – ` };
    problems.push({
      row,
      field,
      code,
      message: `${where.vi}${l.vi}: ${vi} / ${where.en}${l.en}: ${en}`,
    });
  };
  const validOn = (code: string, day: string) =>
    input.register.find((u) => lower(u.code) === lower(code) && isValidOn(u, day));
  const byId = new Map(input.register.map((u) => [u.id, u]));

  const closing = new Map<number, PlannedClose>();
  const kept = new Map<number, { row: number; why: { vi: string; en: string } }>();
  const opens = new Map<string, PlannedOpen>();
  const renames: PlannedRename[] = [];
  const successions: PlannedSuccession[] = [];
  const splitTargets = new Map<number, number>();

  /** A source: valid the day before and still open on the date. */
  const source = (r: RestructureRow): RegisterUnit | null => {
    const u = validOn(r.sourceCode, eve);
    if (!u) {
      // Say when it ended, if it did: the usual case is a restructuring applied twice.
      const ended = input.register
        .filter((x) => lower(x.code) === lower(r.sourceCode) && x.validTo !== null && x.validTo < eve)
        .sort((a, b) => (a.validTo! < b.validTo! ? 1 : -1))[0];
      add(
        r.row,
        "sourceCode",
        "RESTRUCTURE.SOURCE_NOT_VALID",
        ended
          ? `"${ended.name}" đã kết thúc hiệu lực ngày ${formatViDate(ended.validTo!)}`
          : `không có đơn vị mã "${r.sourceCode}" còn hiệu lực ngày ${formatViDate(eve)}`,
        ended
          ? `"${ended.name}" already ended on ${ended.validTo}`
          : `no unit with code "${r.sourceCode}" is valid on ${eve}`,
      );
      return null;
    }
    if (u.validTo !== null && u.validTo < effectiveDate) {
      add(
        r.row,
        "sourceCode",
        "RESTRUCTURE.SOURCE_ENDS",
        `"${u.name}" đã kết thúc hiệu lực ngày ${formatViDate(u.validTo)}`,
        `"${u.name}" already ends on ${u.validTo}`,
      );
      return null;
    }
    return u;
  };
  const close = (u: RegisterUnit, row: number) => {
    const already = closing.get(u.id);
    if (already) {
      add(
        row,
        "sourceCode",
        "RESTRUCTURE.CLOSED_TWICE",
        `"${u.name}" đã kết thúc ở dòng ${already.rows[0]}`,
        `"${u.name}" already ends in row ${already.rows[0]}`,
      );
      return;
    }
    closing.set(u.id, {
      unitId: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      rows: [row],
      withParent: null,
    });
  };
  /** A target: an existing unit kept as successor, or a new unit (grouped by code across rows). */
  const target = (
    r: RestructureRow,
    src: RegisterUnit | null,
  ): { code: string; name: string; id: number | null } | null => {
    const existing = validOn(r.targetCode, effectiveDate);
    const endsHere = existing !== undefined && closing.has(existing.id);
    // A closing unit named without a new name is being kept by mistake (reported below); with a name, its
    // code goes to a new unit (code reuse).
    const mayKeep = opOfWord(r.op) !== "create"; // "create" always opens a new unit
    if (mayKeep && existing && !opens.has(lower(r.targetCode)) && (!endsHere || r.targetName === "")) {
      kept.set(existing.id, { row: r.row, why: { vi: "đơn vị kế thừa", en: "a successor" } });
      return { code: existing.code, name: existing.name, id: existing.id };
    }
    const kindWord = r.targetKind === "" ? null : kindOfWord(r.targetKind);
    if (r.targetKind !== "" && kindWord === null) {
      add(
        r.row,
        "targetKind",
        "RESTRUCTURE.KIND",
        `không rõ loại đơn vị "${r.targetKind}"`,
        `unknown unit kind "${r.targetKind}"`,
      );
      return null;
    }
    const kind = kindWord ?? src?.kind ?? null;
    if (kind === null) {
      add(r.row, "targetKind", "RESTRUCTURE.KIND", "cần loại của đơn vị mới", "a new unit needs a kind");
      return null;
    }
    if (r.targetName === "") {
      add(
        r.row,
        "targetName",
        "RESTRUCTURE.NAME",
        `cần tên của đơn vị mới "${r.targetCode}"`,
        `the new unit "${r.targetCode}" needs a name`,
      );
      return null;
    }
    const parentCode =
      r.parentCode !== ""
        ? r.parentCode
        : src?.parentId != null
          ? (byId.get(src.parentId)?.code ?? null)
          : null;
    const prior = opens.get(lower(r.targetCode));
    if (prior) {
      if (
        prior.name !== r.targetName ||
        prior.kind !== kind ||
        lower(prior.parentCode ?? "") !== lower(parentCode ?? "")
      ) {
        add(
          r.row,
          "targetName",
          "RESTRUCTURE.TARGET_DIFFERS",
          `mã "${r.targetCode}" đã được mô tả khác ở dòng ${prior.rows[0]}`,
          `code "${r.targetCode}" is described differently in row ${prior.rows[0]}`,
        );
        return null;
      }
      prior.rows.push(r.row);
    } else {
      opens.set(lower(r.targetCode), {
        code: r.targetCode,
        name: r.targetName,
        kind,
        parentCode,
        reusesCode: false,
        rows: [r.row],
      });
    }
    return { code: r.targetCode, name: r.targetName, id: null };
  };
  // Sources first, so that a target may reuse the code of a unit this restructuring closes.
  const parsed = input.rows.map((r) => ({ r, op: opOfWord(r.op) }));
  const sources = new Map<number, RegisterUnit | null>();
  for (const { r, op } of parsed) {
    if (op === null) {
      add(
        r.row,
        "op",
        "RESTRUCTURE.OP",
        `không rõ thao tác "${r.op}" (sáp nhập, chia tách, đổi tên, thành lập, giải thể)`,
        `unknown operation "${r.op}" (merge, split, rename, create, close)`,
      );
      continue;
    }
    const needs = NEEDS[op];
    if (needs.source && r.sourceCode === "")
      add(r.row, "sourceCode", "RESTRUCTURE.REQUIRED", "là bắt buộc", "is required");
    if (needs.target && r.targetCode === "")
      add(r.row, "targetCode", "RESTRUCTURE.REQUIRED", "là bắt buộc", "is required");
    if (op === "rename" && r.targetName === "")
      add(r.row, "targetName", "RESTRUCTURE.REQUIRED", "tên mới là bắt buộc", "the new name is required");
    if (!needs.source || r.sourceCode === "") continue;
    const u = source(r);
    sources.set(r.row, u);
    if (!u) continue;
    if (op === "split") {
      // Every row of a split names the same source: it closes once, with several successors.
      const first = [...closing.values()].find((c) => c.unitId === u.id);
      splitTargets.set(u.id, (splitTargets.get(u.id) ?? 0) + 1);
      if (first && splitTargets.get(u.id)! > 1) first.rows.push(r.row);
      else close(u, r.row);
    } else if (op === "merge" || op === "close") close(u, r.row);
  }
  for (const [id, n] of splitTargets) {
    if (n < 2)
      add(
        closing.get(id)?.rows[0] ?? null,
        "targetCode",
        "RESTRUCTURE.SPLIT_ONE",
        `chia tách "${byId.get(id)?.name}" cần ít nhất hai đơn vị kế thừa`,
        `splitting "${byId.get(id)?.name}" needs at least two successors`,
      );
  }

  for (const { r, op } of parsed) {
    if (op === null) continue;
    const src = sources.get(r.row) ?? null;
    if ((op === "merge" || op === "split" || op === "create") && r.targetCode !== "") {
      if (op !== "create" && !src) continue;
      const t = target(r, src);
      if (t && src && (op === "merge" || op === "split")) {
        if (t.id === src.id) {
          add(
            r.row,
            "targetCode",
            "RESTRUCTURE.SELF",
            "đơn vị không kế thừa chính nó",
            "a unit does not succeed itself",
          );
          continue;
        }
        successions.push({
          predecessorId: src.id,
          predecessorCode: src.code,
          successorCode: t.code,
          successorName: t.name,
          successorId: t.id,
          kind: op,
          row: r.row,
        });
      }
    } else if (op === "rename" && src && r.targetName !== "") {
      if (r.targetName === src.name) {
        add(
          r.row,
          "targetName",
          "RESTRUCTURE.SAME_NAME",
          `"${src.name}" đã mang tên này`,
          `"${src.name}" already has this name`,
        );
      } else {
        renames.push({ unitId: src.id, code: src.code, from: src.name, to: r.targetName, row: r.row });
        kept.set(src.id, { row: r.row, why: { vi: "được đổi tên", en: "renamed" } });
      }
    }
  }

  // The open subtree of every closing unit closes with it.
  const children = new Map<number, RegisterUnit[]>();
  for (const u of input.register) {
    if (u.parentId !== null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  }
  const stack = [...closing.values()];
  while (stack.length > 0) {
    const c = stack.pop()!;
    for (const child of children.get(c.unitId) ?? []) {
      if (closing.has(child.id) || (child.validTo !== null && child.validTo < effectiveDate)) continue;
      if (child.validFrom > eve) {
        add(
          c.rows[0] ?? null,
          "sourceCode",
          "RESTRUCTURE.CHILD_STARTS_LATER",
          `"${child.name}" thuộc "${c.name}" bắt đầu từ ${formatViDate(child.validFrom)}`,
          `"${child.name}" under "${c.name}" starts on ${child.validFrom}`,
        );
        continue;
      }
      const sub: PlannedClose = {
        unitId: child.id,
        code: child.code,
        name: child.name,
        kind: child.kind,
        rows: c.rows,
        withParent: c.withParent ?? c.code,
      };
      closing.set(child.id, sub);
      stack.push(sub);
    }
  }

  for (const [id, k] of kept) {
    const c = closing.get(id);
    if (c)
      add(
        k.row,
        "targetCode",
        "RESTRUCTURE.CLOSED_AND_KEPT",
        `"${c.name}" vừa kết thúc (dòng ${c.rows[0]}) vừa là ${k.why.vi}`,
        `"${c.name}" both ends (row ${c.rows[0]}) and is ${k.why.en}`,
      );
  }

  // New units: codes free from the date on (a code of a unit that has ended may be reused), parents valid.
  for (const o of opens.values()) {
    const holders = input.register.filter((u) => lower(u.code) === lower(o.code));
    const clash = holders.find(
      (u) => (u.validTo === null || u.validTo >= effectiveDate) && !closing.has(u.id),
    );
    if (clash) {
      add(
        o.rows[0]!,
        "targetCode",
        "RESTRUCTURE.CODE_TAKEN",
        `mã "${o.code}" đang được "${clash.name}" dùng sau ngày ${formatViDate(eve)}`,
        `code "${o.code}" is held by "${clash.name}" after ${eve}`,
      );
    }
    o.reusesCode = holders.length > 0;
    if (o.parentCode === null) {
      if (!mayHaveParent(o.kind, null))
        add(
          o.rows[0]!,
          "parentCode",
          "RESTRUCTURE.PARENT",
          "cần mã đơn vị cấp trên",
          "a parent code is needed",
        );
      continue;
    }
    const newParent = opens.get(lower(o.parentCode));
    const parent = newParent ? null : validOn(o.parentCode, effectiveDate);
    const parentKind = newParent?.kind ?? parent?.kind ?? null;
    if (!newParent && !parent) {
      add(
        o.rows[0]!,
        "parentCode",
        "RESTRUCTURE.PARENT",
        `không có đơn vị cấp trên mã "${o.parentCode}" còn hiệu lực từ ${formatViDate(effectiveDate)}`,
        `no parent with code "${o.parentCode}" is valid from ${effectiveDate}`,
      );
    } else if (parent && closing.has(parent.id)) {
      add(
        o.rows[0]!,
        "parentCode",
        "RESTRUCTURE.CLOSED_AND_KEPT",
        `đơn vị cấp trên "${parent.name}" kết thúc trong lần sắp xếp này`,
        `the parent "${parent.name}" ends in this restructuring`,
      );
    } else if (!mayHaveParent(o.kind, parentKind)) {
      add(
        o.rows[0]!,
        "parentCode",
        "RESTRUCTURE.PARENT",
        `đơn vị loại ${o.kind} không thể trực thuộc loại ${parentKind}`,
        `a ${o.kind} cannot sit under a ${parentKind}`,
      );
    }
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const closes = [...closing.values()].sort(
    (a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0) || a.unitId - b.unitId,
  );
  return {
    effectiveDate,
    closeOn: eve,
    closes,
    opens: [...opens.values()],
    renames,
    successions,
    problems,
    summary: {
      closes: closes.length,
      opens: opens.size,
      renames: renames.length,
      successions: successions.length,
      errors: problems.length,
    },
  };
}
