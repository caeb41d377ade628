import {
  checkPublish,
  hasPermission,
  INDEX_LEVEL_KINDS,
  INDEX_LEVEL_LABELS,
  IndexLevel,
  type IndexLevel as Level,
  mayReadRanking,
  type PublishRankingInput,
  type UnpublishRankingInput,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import type { Db } from "../db/database";
import {
  deletePublication,
  findPublication,
  insertPublication,
  levelLockState,
  notifyLevelUnits,
  yearPublications,
} from "../db/par-index-publication.repository";
import { fail, unwrap } from "../errors";
import { portalSheetLink } from "./sheet-notifications";

const ENTITY = "par_index_publication";

/**
 * The ranking of a level is the province's readers' (reports.export) until Sở Nội vụ publishes it;
 * then anyone of the province reads it. Refused alike whether or not any sheet is locked.
 */
export async function assertMayReadRanking(q: Request, db: Db, year: number, level: Level): Promise<void> {
  const readers = hasPermission(q.user.assignments, "reports.export");
  if (readers) return;
  const published = !!(await findPublication(db, provinceOf(q.user), year, level));
  if (!mayReadRanking(readers, published))
    fail(
      "ACCESS.PERMISSION",
      "Xếp hạng: Sở Nội vụ chưa công bố xếp hạng Chỉ số CCHC năm này / Ranking: Sở Nội vụ has not published this year's PAR-index ranking",
    );
}

/** Whether each level's ranking of the year is published, when, and which units were not locked then. */
export async function readPublications(q: Request, year: number) {
  const rows = await yearPublications(q.db, provinceOf(q.user), year);
  return IndexLevel.options.map((level) => {
    const p = rows.find((r) => r.level === level);
    return { level, publishedAt: p?.published_at ?? null, notLocked: p?.not_locked ?? [] };
  });
}

/** Publishes a level's ranking (plans.write), telling the level's units; refused while units are not locked unless told. */
export function publishRanking(q: Request, input: PublishRankingInput) {
  const provinceId = provinceOf(q.user);
  return audited(q.db, q.actor, async (trx) => {
    if (await findPublication(trx, provinceId, input.year, input.level, true))
      fail(
        "PAR_INDEX.TRANSITION_INVALID",
        "Cấp chỉ số: xếp hạng năm này đã được công bố / Index level: this year's ranking is already published",
        "level",
      );
    const kinds = INDEX_LEVEL_KINDS[input.level];
    const { locked, notLocked } = await levelLockState(trx, provinceId, input.year, kinds);
    const check = checkPublish(input.level, locked, notLocked, input.allowUnlocked);
    unwrap(check, check.ok ? undefined : check.field);
    await insertPublication(trx, {
      provinceId,
      year: input.year,
      level: input.level,
      at: q.now,
      by: q.user.userId,
      notLocked,
    });
    await notifyLevelUnits(trx, {
      provinceId,
      kinds,
      subject: `Xếp hạng Chỉ số CCHC năm ${input.year} — ${INDEX_LEVEL_LABELS[input.level].vi}`,
      link: `${portalSheetLink(input.year)}?tab=ranking`,
      dedupePrefix: `par:pub:${input.year}:${input.level}:${q.now.getTime()}:`,
    });
    const after = { year: input.year, level: input.level, locked, notLocked: notLocked.length };
    return {
      result: { ...after, publishedAt: q.now },
      audit: {
        action: "publish_ranking",
        entity: ENTITY,
        entityId: `${input.year}:${input.level}`,
        unitId: provinceId,
        before: null,
        after,
      },
    };
  });
}

/** Withdraws a published ranking: units no longer read it; the audit row keeps what was published. */
export function unpublishRanking(q: Request, input: UnpublishRankingInput) {
  const provinceId = provinceOf(q.user);
  return audited(q.db, q.actor, async (trx) => {
    const p = await findPublication(trx, provinceId, input.year, input.level, true);
    if (!p)
      fail(
        "PAR_INDEX.NOT_FOUND",
        "Cấp chỉ số: xếp hạng năm này chưa được công bố / Index level: this year's ranking is not published",
        "level",
      );
    await deletePublication(trx, provinceId, input.year, input.level);
    return {
      result: { year: input.year, level: input.level, publishedAt: null },
      audit: {
        action: "unpublish_ranking",
        entity: ENTITY,
        entityId: `${input.year}:${input.level}`,
        unitId: provinceId,
        before: { publishedAt: p.published_at, notLocked: p.not_locked.length },
        after: null,
      },
    };
  });
}
