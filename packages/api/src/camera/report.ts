import type { Request } from "../access/request";
import { scopeOf } from "../access/unit-access";
import { monthlyByUnit, monthlyTrend } from "../db/camera-report.repository";

/** The month's camera report (§8): per unit, reviews against the sample, violations by type; the year's trend. */
export async function monthlyReport(q: Request, year: number, month: number) {
  const scope = scopeOf(q.user, "camera.read");
  const [units, trend] = await Promise.all([
    monthlyByUnit(q.db, scope, year, month),
    monthlyTrend(q.db, scope, year),
  ]);
  return {
    year,
    month,
    units: units.map((u) => ({
      unitId: u.unit_id,
      unitName: u.unit_name,
      districtName: u.district_name,
      reviews: u.reviews,
      fromSample: u.from_sample,
      sampled: u.sampled,
      violations: u.violations,
      byItem: u.by_item ?? {},
    })),
    trend,
  };
}
