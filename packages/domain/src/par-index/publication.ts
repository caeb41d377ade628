import { z } from "zod";
import { err, ok, type Result } from "../core/result";
import { yearField } from "../schemas/fields";
import { UNIT_KINDS, type UnitKind } from "../units/unit-kinds";
import { INDEX_LEVEL_LABELS, IndexLevel, indexLevelOf } from "./index-schemas";
import { SCORING_STATE_LABELS, type ScoringState } from "./scoring-rounds";

/**
 * Publishing the year's ranking (công bố kết quả Chỉ số CCHC, issue 11 §5). Until Sở Nội vụ publishes
 * a level's ranking, it stays with the province's readers (reports.export): a unit sees only its own
 * sheet. Once published, every unit of the province reads the published rankings — both levels: the
 * result is the province's public emulation result — read-only: totals and field scores, never another
 * unit's sheet or files.
 */

/** The register's kinds scored on each level (the inverse of `indexLevelOf`). */
export const INDEX_LEVEL_KINDS = Object.fromEntries(
  IndexLevel.options.map((level) => [level, UNIT_KINDS.filter((k) => indexLevelOf(k) === level)]),
) as Record<IndexLevel, UnitKind[]>;

/** A unit of the level whose sheet is not locked when the ranking is published (null: never started). */
export interface UnlockedUnit {
  unitId: number;
  name: string;
  state: ScoringState | null;
}

/**
 * Whether a level's ranking may be published: at least one locked sheet, and every unit of the level
 * locked — or Sở Nội vụ says explicitly to publish with those not locked (they are listed with the
 * published ranking, not ranked).
 */
export function checkPublish(
  level: IndexLevel,
  locked: number,
  notLocked: readonly UnlockedUnit[],
  allowUnlocked: boolean,
): Result<true> {
  const label = INDEX_LEVEL_LABELS[level];
  if (locked === 0)
    return err(
      "PAR_INDEX.TRANSITION_INVALID",
      {
        vi: `Cấp chỉ số: chưa có đơn vị nào thuộc ${label.vi.toLowerCase()} được chốt điểm`,
        en: `Index level: no unit of ${label.en.toLowerCase()} has a locked score yet`,
      },
      "level",
    );
  if (notLocked.length > 0 && !allowUnlocked) {
    const names = notLocked
      .slice(0, 5)
      .map((u) => `${u.name} (${u.state ? SCORING_STATE_LABELS[u.state].vi.toLowerCase() : "chưa tự chấm"})`)
      .join(", ");
    const more = notLocked.length > 5 ? `, … (+${notLocked.length - 5})` : "";
    return err(
      "PAR_INDEX.TRANSITION_INVALID",
      {
        vi: `Công bố khi còn đơn vị chưa chốt: ${notLocked.length} đơn vị chưa chốt điểm — ${names}${more}. Chọn công bố cả khi còn đơn vị chưa chốt, hoặc chốt điểm trước`,
        en: `Publish with units not locked: ${notLocked.length} units are not locked yet. Choose to publish anyway, or lock them first`,
      },
      "allowUnlocked",
    );
  }
  return ok(true);
}

/** Who reads a level's ranking: the province's readers always; anyone of the province once published. */
export function mayReadRanking(holdsReportsExport: boolean, published: boolean): boolean {
  return holdsReportsExport || published;
}

const year = yearField("year", "Năm", "Year");

export const PublishRankingInput = z.object({
  year,
  level: IndexLevel,
  allowUnlocked: z
    .boolean({
      error:
        "Công bố khi còn đơn vị chưa chốt: phải là có/không / Publish with units not locked: must be yes or no",
    })
    .default(false),
});
export type PublishRankingInput = z.infer<typeof PublishRankingInput>;

export const UnpublishRankingInput = z.object({ year, level: IndexLevel });
export type UnpublishRankingInput = z.infer<typeof UnpublishRankingInput>;
