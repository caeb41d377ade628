import { mulberry32 } from "../src/proposal/prng";
import type { ProposalUnit, RiskSignals, UnitHistory } from "../src/proposal/proposal-types";

/**
 * A deterministic synthetic country: provinces of ~18 agencies, ~11 districts and ~15 communes per
 * district (63 provinces ≈ 700 districts, ≈ 10,600 communes), with history and risk signals.
 * Generation continues past 63 provinces for larger sizes; it stops at `target` units.
 */
export function syntheticCountry(target: number, seed = 2023) {
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const units: ProposalUnit[] = [];
  const history: UnitHistory[] = [];
  const risks: RiskSignals[] = [];
  const focus = ["dat_dai", "dang_ky_kinh_doanh", "tu_phap_ho_tich", "xay_dung"];
  let id = 1;
  const push = (kind: ProposalUnit["kind"], parentId: number | null): number => {
    const u: ProposalUnit = {
      id: id++,
      code: `U${id}`,
      name: `Đơn vị ${id}`,
      kind,
      parentId,
      validFrom: "2020-01-01",
      validTo: rand() < 0.02 ? "2023-06-30" : null,
      fields: kind === "commune" ? focus.filter(() => rand() < 0.3) : [],
    };
    units.push(u);
    const never = rand() < 0.1;
    history.push({
      unitId: u.id,
      lastInspectionYear: never ? null : int(2015, 2022),
      findingsCount: int(0, 6),
      openRecommendations: rand() < 0.3 ? int(1, 5) : 0,
    });
    if (kind === "commune")
      risks.push({ unitId: u.id, lateDossierRate: rand() * 0.3, cameraViolations: int(0, 4) });
    return u.id;
  };
  while (units.length < target) {
    const p = push("province", null);
    for (let a = 0; a < 18 && units.length < target; a++) push("department", p);
    for (let d = 0; d < 11 && units.length < target; d++) {
      const district = push("district", p);
      const communes = int(8, 22);
      for (let c = 0; c < communes && units.length < target; c++) push("commune", district);
    }
  }
  return { units, history, risks };
}
