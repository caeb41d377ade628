import { type PlanTemplate, RATING_LABELS, templateItemOfCode } from "@par/domain";

/**
 * What a report says of a set of findings: the strengths (areas rated "Đạt" in at least 80 % of their
 * items) and the shortcomings (the items most often short, at most eight). Shared by Sở Nội vụ's annual
 * report and the bodies' reports.
 */
export function assessFindings(
  template: PlanTemplate,
  findings: readonly { item_code: string; rating: string }[],
): { strengths: string[]; shortcomings: string[]; byArea: Map<string, { met: number; rated: number }> } {
  const byArea = new Map<string, { met: number; rated: number }>();
  const short = new Map<string, number>();
  for (const f of findings) {
    if (f.rating === "khong_ap_dung") continue;
    // Area 5's items are per recommendation ("5.r12"): they add up under the template's item 5.
    const item = templateItemOfCode(template, f.item_code);
    const area = item?.area ?? "?";
    const a = byArea.get(area) ?? { met: 0, rated: 0 };
    a.rated++;
    if (f.rating === "dat") a.met++;
    else if (item) short.set(item.code, (short.get(item.code) ?? 0) + 1);
    byArea.set(area, a);
  }
  const strengths = template.areas.flatMap((a) => {
    const s = byArea.get(a.code);
    return s && s.met / s.rated >= 0.8
      ? [`${a.vi}: ${s.met}/${s.rated} lượt đánh giá ${RATING_LABELS.dat.vi.toLowerCase()}`]
      : [];
  });
  const shortcomings = [...short.entries()]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, 8)
    .map(
      ([code, n]) =>
        `${templateItemOfCode(template, code)?.vi ?? code}: ${n} đơn vị chưa đạt hoặc còn tồn tại, hạn chế`,
    );
  return { strengths, shortcomings, byArea };
}
