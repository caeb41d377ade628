import {
  type DossierDashboardInput,
  type DossierStatsPageInput,
  type DossierTrendInput,
  dossierRates,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { scopeOf, unitInScope } from "../access/unit-access";
import { monthSums, pageMonths, pageYearSums } from "../db/dossier.repository";
import { columnsToCounts } from "../db/dossier-columns";
import { decodeCursor, toPage } from "../db/keyset";

/** dossiers.months: the stored months in the caller's scope (a unit: its own subtree only). */
export async function listMonths(q: Request, input: DossierStatsPageInput) {
  if (input.unitId !== undefined) await unitInScope(q.db, q.user, "dossiers.read", input.unitId, "unitId");
  const after = decodeCursor(input.cursor);
  const rows = await pageMonths(q.db, {
    provinceId: provinceOf(q.user),
    scope: scopeOf(q.user, "dossiers.read"),
    year: input.year,
    unitId: input.unitId,
    after: after ? { month: String(after.key), unitId: Number(after.id) } : null,
    limit: input.limit,
  });
  return toPage(
    rows,
    input.limit,
    (r) => [r.month, r.unit_id],
    (r) => {
      const counts = columnsToCounts(r);
      return {
        unitId: r.unit_id,
        unitCode: r.unit_code,
        unitName: r.unit_name,
        month: r.month,
        counts,
        rates: dossierRates(counts),
      };
    },
  );
}

/** dossiers.dashboard: the year's sums and rates per unit or per district, in scope; sums in SQL. */
export async function yearDashboard(q: Request, input: DossierDashboardInput) {
  const after = decodeCursor(input.cursor);
  const rows = await pageYearSums(q.db, {
    provinceId: provinceOf(q.user),
    scope: scopeOf(q.user, "dossiers.read"),
    year: input.year,
    by: input.by,
    after: after ? { name: String(after.key), id: Number(after.id) } : null,
    limit: input.limit,
  });
  return toPage(
    rows,
    input.limit,
    (r) => [r.search_name, r.id],
    (r) => {
      const counts = columnsToCounts(r);
      return {
        unitId: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind,
        months: Number(r.months),
        counts,
        rates: dossierRates(counts),
      };
    },
  );
}

/** dossiers.trend: the year month by month (the whole scope, or one unit with its subtree). */
export async function yearTrend(q: Request, input: DossierTrendInput) {
  if (input.unitId !== undefined) await unitInScope(q.db, q.user, "dossiers.read", input.unitId, "unitId");
  const rows = await monthSums(q.db, {
    provinceId: provinceOf(q.user),
    scope: scopeOf(q.user, "dossiers.read"),
    year: input.year,
    unitId: input.unitId,
  });
  return rows.map((r) => {
    const counts = columnsToCounts(r);
    return { month: Number(r.month.slice(5, 7)), counts, rates: dossierRates(counts) };
  });
}
