import { z } from "zod";
import type { Bilingual } from "../core/result";
import { yearField } from "../schemas/fields";
import type { Rating } from "../schemas/finding-schemas";
import { DOSSIER_RATE_LABELS, type DossierRateKey, type DossierRates, formatRate } from "./dossier-rates";

/**
 * Thresholds of the remote dossier check (plan III.3): a rate on the wrong side of its threshold is a
 * finding of a remote-dossier inspection and a reminder to the unit. `min` rates must reach the
 * threshold, `max` rates must stay under it. The province sets them per year (dossier_thresholds);
 * these defaults stand until it does — the targets of Nghị quyết 76/NQ-CP and Decision 766 as
 * commonly applied, to be replaced by the province's own.
 */
export const THRESHOLD_RATES = [
  { rate: "onTime", direction: "min", item: "2.2", defaultPct: 95 },
  { rate: "pendingOverdue", direction: "max", item: "2.2", defaultPct: 5 },
  { rate: "online", direction: "min", item: "3b.2", defaultPct: 50 },
  { rate: "onlinePayment", direction: "min", item: "3b.2", defaultPct: 30 },
  { rate: "digitisedComponents", direction: "min", item: "3b.6", defaultPct: 50 },
  { rate: "electronicResults", direction: "min", item: "3b.6", defaultPct: 50 },
  { rate: "satisfaction", direction: "min", item: "2.5", defaultPct: 90 },
] as const satisfies readonly {
  rate: DossierRateKey;
  direction: "min" | "max";
  item: string;
  defaultPct: number;
}[];
export type ThresholdRate = (typeof THRESHOLD_RATES)[number]["rate"];
export type DossierThresholds = Record<ThresholdRate, number>;

export const DEFAULT_DOSSIER_THRESHOLDS: DossierThresholds = Object.fromEntries(
  THRESHOLD_RATES.map((t) => [t.rate, t.defaultPct]),
) as DossierThresholds;

function pctField(key: ThresholdRate) {
  const l = DOSSIER_RATE_LABELS[key];
  const msg = `${l.vi}: phải là số phần trăm từ 0 đến 100 / ${l.en}: must be a percentage from 0 to 100`;
  return z.number({ error: msg }).min(0, msg).max(100, msg);
}

export const SaveThresholdsInput = z.object({
  year: yearField("year", "Năm", "Year"),
  thresholds: z.object(
    Object.fromEntries(THRESHOLD_RATES.map((t) => [t.rate, pctField(t.rate)])) as {
      [K in ThresholdRate]: ReturnType<typeof pctField>;
    },
    { error: "Ngưỡng là bắt buộc / Thresholds are required" },
  ),
});
export type SaveThresholdsInput = z.infer<typeof SaveThresholdsInput>;

export interface DossierFinding {
  rate: ThresholdRate;
  /** The checklist item of plan II the finding belongs to (2.2 dossier handling, 3b.2 online, …). */
  item: string;
  value: number;
  threshold: number;
  /** Far off (10 points or more past the threshold) is "chưa đạt", nearer "có tồn tại". */
  rating: Extract<Rating, "chua_dat" | "co_ton_tai">;
  text: Bilingual;
}

/** How far past its threshold a rate is "chưa đạt" rather than "có tồn tại", in percentage points. */
export const NOT_MET_MARGIN = 10;

/** The findings of a unit's rates against the year's thresholds, in THRESHOLD_RATES order. */
export function dossierFindings(rates: DossierRates, thresholds: DossierThresholds): DossierFinding[] {
  const out: DossierFinding[] = [];
  for (const t of THRESHOLD_RATES) {
    const value = rates[t.rate];
    const threshold = thresholds[t.rate];
    if (value === null) continue;
    const gap = t.direction === "min" ? threshold - value : value - threshold;
    if (gap <= 0) continue;
    const l = DOSSIER_RATE_LABELS[t.rate];
    const word =
      t.direction === "min"
        ? { vi: "dưới ngưỡng", en: "below the threshold" }
        : { vi: "vượt ngưỡng", en: "above the threshold" };
    out.push({
      rate: t.rate,
      item: t.item,
      value,
      threshold,
      rating: gap >= NOT_MET_MARGIN ? "chua_dat" : "co_ton_tai",
      text: {
        vi: `${l.vi} ${formatRate(value, "vi")}, ${word.vi} ${formatRate(threshold, "vi")}`,
        en: `${l.en} ${formatRate(value, "en")}, ${word.en} ${formatRate(threshold, "en")}`,
      },
    });
  }
  return out;
}

/** One checklist item's rating from its findings: the worst of them; "đạt" when it has none. */
export function itemRating(findings: readonly DossierFinding[]): Rating {
  if (findings.some((f) => f.rating === "chua_dat")) return "chua_dat";
  return findings.length > 0 ? "co_ton_tai" : "dat";
}
