import {
  checkDeadlines,
  exampleIndexTree,
  type IndexLevel,
  type IndexTree,
  type IndexVersionsPageInput,
  indexMaximum,
  type ScoringDeadlinesInput,
  validateIndexTree,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import type { Db } from "../db/database";
import { toPage } from "../db/keyset";
import {
  findDeadlines,
  insertVersion,
  latestVersion,
  pageVersions,
  upsertDeadlines,
} from "../db/par-index.repository";
import { fail, unwrap } from "../errors";

export interface IndexTreeDto extends IndexTree {
  /** null while the province has stored no version: the tree shown is the shipped example. */
  versionId: number | null;
  version: number;
  maximum: number;
}

/** The tree in force for a year and level: the newest stored version, else the shipped 2023-structure example. */
export async function treeInForce(
  db: Db,
  provinceId: number,
  year: number,
  level: IndexLevel,
): Promise<IndexTreeDto> {
  const v = await latestVersion(db, provinceId, year, level);
  if (v) {
    const tree = {
      year: v.year,
      level: v.level,
      title: v.title,
      basis: v.basis,
      example: v.example,
      nodes: v.nodes,
    };
    return { ...tree, versionId: v.id, version: v.version, maximum: indexMaximum(v.nodes) };
  }
  const example = level === "commune" ? null : exampleIndexTree(year, level);
  if (!example)
    fail(
      "PAR_INDEX.NOT_FOUND",
      "Chưa có bộ chỉ số cấp xã cho năm này: hãy nhập bộ chỉ số / No commune index for this year yet: import one",
      "level",
    );
  return { ...example, versionId: null, version: 0, maximum: indexMaximum(example.nodes) };
}

export function readTree(q: Request, year: number, level: IndexLevel) {
  return treeInForce(q.db, provinceOf(q.user), year, level);
}

/** The problems of a tree as one message naming the rows (at most five, then how many more). */
export function assertValidTree(tree: Pick<IndexTree, "nodes">, field = "nodes"): void {
  const problems = validateIndexTree(tree);
  if (problems.length === 0) return;
  const shown = problems.slice(0, 5).map((p) => p.message);
  const more = problems.length > 5 ? ` (+${problems.length - 5})` : "";
  fail("PAR_INDEX.TREE_INVALID", `${shown.join("; ")}${more}`, field);
}

/** Stores a new version (the old ones stay, for sheets scored on them). Every save is audited. */
export function saveTree(q: Request, tree: IndexTree) {
  assertValidTree(tree);
  const provinceId = provinceOf(q.user);
  return audited(q.db, q.actor, async (trx) => {
    const before = await latestVersion(trx, provinceId, tree.year, tree.level);
    const row = await insertVersion(trx, provinceId, tree, q.user.userId);
    const after = await treeInForce(trx, provinceId, tree.year, tree.level);
    return {
      result: after,
      audit: {
        action: "save_version",
        entity: "par_index_version",
        entityId: row.id,
        unitId: provinceId,
        before: before ? { version: before.version, title: before.title } : null,
        after: { version: row.version, title: row.title, rows: tree.nodes.length },
      },
    };
  });
}

export async function listVersions(q: Request, input: IndexVersionsPageInput) {
  const rows = await pageVersions(q.db, { provinceId: provinceOf(q.user), ...input });
  return toPage(
    rows,
    input.limit,
    (r) => [r.version, r.id],
    (r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      example: r.example,
      createdAt: r.created_at,
      createdBy: r.created_by_name ?? null,
    }),
  );
}

export async function readDeadlines(q: Request, year: number) {
  return (await findDeadlines(q.db, provinceOf(q.user), year)) ?? null;
}

export function setDeadlines(q: Request, input: ScoringDeadlinesInput) {
  const { year, ...dates } = input;
  unwrap(checkDeadlines(dates), "appraisal2Due");
  const provinceId = provinceOf(q.user);
  return audited(q.db, q.actor, async (trx) => {
    const before = (await findDeadlines(trx, provinceId, year)) ?? null;
    await upsertDeadlines(trx, provinceId, year, dates);
    return {
      result: { year, ...dates },
      audit: {
        action: "set_deadlines",
        entity: "par_index_deadlines",
        entityId: year,
        unitId: provinceId,
        before,
        after: dates,
      },
    };
  });
}
