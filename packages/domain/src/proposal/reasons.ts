import type { Bilingual } from "../core/result";
import { DOSSIER_RATE_LABELS, type DossierRateKey } from "../dossiers/dossier-rates";
import type { PlanTemplate } from "../templates/template-types";
import type { ScoreFactors } from "./score";

/** Plain-language reasons for a pick: "chưa được kiểm tra từ 2021; 3 kiến nghị chưa khắc phục". */
export function reasonsText(f: ScoreFactors, template: PlanTemplate, districtName: string | null): Bilingual {
  const vi: string[] = [];
  const en: string[] = [];
  if (f.lastInspectionYear === null) {
    vi.push("chưa từng được kiểm tra");
    en.push("never inspected");
  } else {
    vi.push(`chưa được kiểm tra từ ${f.lastInspectionYear}`);
    en.push(`not inspected since ${f.lastInspectionYear}`);
  }
  if (f.openRecommendations > 0) {
    vi.push(`${f.openRecommendations} kiến nghị chưa khắc phục`);
    en.push(`${f.openRecommendations} open recommendation${f.openRecommendations > 1 ? "s" : ""}`);
  }
  if (f.overdueRecommendations > 0) {
    vi.push(`${f.overdueRecommendations} kiến nghị quá hạn khắc phục`);
    en.push(`${f.overdueRecommendations} overdue recommendation${f.overdueRecommendations > 1 ? "s" : ""}`);
  }
  if (f.lastShortfallShare > 0) {
    const pct = Math.round(f.lastShortfallShare * 100);
    vi.push(`${pct} % nội dung chưa đạt ở lần kiểm tra gần nhất`);
    en.push(`${pct} % of items unsatisfactory at the last inspection`);
  }
  if (f.findingsCount > 0) {
    vi.push(`${f.findingsCount} tồn tại ở các kỳ kiểm tra trước`);
    en.push(`${f.findingsCount} earlier finding${f.findingsCount > 1 ? "s" : ""}`);
  }
  if (f.focusFields.length > 0) {
    // In the template's order (the plan's: đất đai, đăng ký kinh doanh, tư pháp – hộ tịch, xây dựng).
    const names = template.fields.filter((x) => f.focusFields.includes(x.code));
    vi.push(`lĩnh vực trọng tâm: ${names.map((n) => n.vi.toLowerCase()).join(", ")}`);
    en.push(`focus fields: ${names.map((n) => n.en.toLowerCase()).join(", ")}`);
  }
  if (f.lateDossierRate >= 0.05) {
    const pct = Math.round(f.lateDossierRate * 100);
    vi.push(`tỷ lệ hồ sơ trễ hạn ${pct} %`);
    en.push(`${pct} % of dossiers late`);
  }
  if (f.cameraViolations > 0) {
    vi.push(`${f.cameraViolations} vi phạm qua camera giám sát`);
    en.push(`${f.cameraViolations} camera violation${f.cameraViolations > 1 ? "s" : ""}`);
  }
  if (f.dossierShortfalls.length > 0) {
    // Named as the dashboard names them (Decision 766's rates), lower case inside the sentence.
    const names = f.dossierShortfalls.map(
      (r) => DOSSIER_RATE_LABELS[r as DossierRateKey] ?? { vi: r, en: r },
    );
    vi.push(`chỉ số hồ sơ không đạt ngưỡng: ${names.map((n) => n.vi.toLowerCase()).join(", ")}`);
    en.push(`dossier rates past the threshold: ${names.map((n) => n.en.toLowerCase()).join(", ")}`);
  }
  if (districtName !== null) {
    vi.push(`đại diện địa bàn ${districtName}`);
    en.push(`represents ${districtName}`);
  }
  return { vi: vi.join("; "), en: en.join("; ") };
}
