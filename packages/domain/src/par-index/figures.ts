import type { DossierRates } from "../dossiers/dossier-rates";
/**
 * Named figures this system measures for a unit and year, which a formula or tiered criterion may read
 * (issue 11 §4). Each says where it comes from, so the screen can show the source beside the score.
 * Rates are percentages 0–100. A figure without data is null: "no data yet", never zero.
 */
export const FIGURE_SOURCES = {
  internal_coverage: { vi: "Kiểm tra nội bộ (R9)", en: "Internal inspections (R9)" },
  recommendations: { vi: "Kiến nghị sau kiểm tra", en: "Recommendations after inspections" },
  camera: { vi: "Giám sát camera Bộ phận Một cửa", en: "One-stop-shop camera reviews" },
  province_inspections: { vi: "Kiểm tra của tỉnh", en: "The province's inspections" },
  dossiers: { vi: "Hệ thống giải quyết TTHC", en: "Dossier system" },
} as const;
export type FigureSource = keyof typeof FIGURE_SOURCES;

export const PAR_FIGURES = {
  internal_required: {
    source: "internal_coverage",
    vi: "Số đơn vị phải kiểm tra nội bộ",
    en: "Units to inspect internally",
  },
  internal_done: {
    source: "internal_coverage",
    vi: "Số đơn vị đã kiểm tra nội bộ",
    en: "Units inspected internally",
  },
  internal_coverage_rate: {
    source: "internal_coverage",
    vi: "Tỷ lệ kiểm tra nội bộ (%)",
    en: "Internal inspection coverage (%)",
  },
  recommendations_due: { source: "recommendations", vi: "Kiến nghị đến hạn", en: "Recommendations due" },
  recommendations_on_time: {
    source: "recommendations",
    vi: "Kiến nghị khắc phục đúng hạn",
    en: "Recommendations remedied on time",
  },
  recommendations_on_time_rate: {
    source: "recommendations",
    vi: "Tỷ lệ kiến nghị khắc phục đúng hạn (%)",
    en: "Recommendations remedied on time (%)",
  },
  camera_reviews: { source: "camera", vi: "Lượt giám sát camera", en: "Camera reviews" },
  camera_violations: { source: "camera", vi: "Vi phạm qua camera", en: "Camera violations" },
  province_inspections: {
    source: "province_inspections",
    vi: "Cuộc kiểm tra của tỉnh đã kết luận",
    en: "Province inspections concluded",
  },
  province_findings_failed: {
    source: "province_inspections",
    vi: "Nội dung không đạt khi tỉnh kiểm tra",
    en: "Items failed at the province's inspections",
  },
  dossier_on_time_rate: {
    source: "dossiers",
    vi: "Tỷ lệ hồ sơ giải quyết đúng hạn (%)",
    en: "Dossiers resolved on time (%)",
  },
  online_service_rate: {
    source: "dossiers",
    vi: "Tỷ lệ hồ sơ trực tuyến (%)",
    en: "Dossiers filed online (%)",
  },
  digitisation_rate: { source: "dossiers", vi: "Tỷ lệ số hóa hồ sơ (%)", en: "Dossiers digitised (%)" },
  satisfaction_rate: { source: "dossiers", vi: "Mức độ hài lòng (%)", en: "Satisfaction (%)" },
} as const satisfies Record<string, { source: FigureSource; vi: string; en: string }>;
export type ParFigure = keyof typeof PAR_FIGURES;
export const PAR_FIGURE_NAMES = Object.keys(PAR_FIGURES) as ParFigure[];

export type FigureValues = Partial<Record<ParFigure, number | null>>;

/** A share in percent, rounded to one decimal; null when nothing was due. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((Math.min(part, whole) / whole) * 1000) / 10;
}

const oneDecimal = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/**
 * The index's dossier figures from the dossier system's rates for the year (issue 11 §1 → §4), in the
 * manner of Decision 766: on time = resolved early or on time; online service = dossiers filed
 * online; digitisation = dossiers whose components were digitised; satisfaction = satisfied votes.
 * No figures imported for the year (null): every one is "no data", never 0.
 */
export function dossierFigures(rates: DossierRates | null): FigureValues {
  return {
    dossier_on_time_rate: oneDecimal(rates?.onTime ?? null),
    online_service_rate: oneDecimal(rates?.online ?? null),
    digitisation_rate: oneDecimal(rates?.digitisedComponents ?? null),
    satisfaction_rate: oneDecimal(rates?.satisfaction ?? null),
  };
}
