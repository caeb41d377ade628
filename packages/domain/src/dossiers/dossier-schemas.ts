import { z } from "zod";
import { idField, yearField } from "../schemas/fields";
import { PageInput } from "../schemas/page-schemas";

const year = yearField("year", "Năm", "Year");
const unitId = idField("unitId", "Đơn vị", "Unit");

/** The stored months of a year, one row per unit and month (optionally one unit), keyset-paginated. */
export const DossierStatsPageInput = PageInput.extend({ year, unitId: unitId.optional() });
export type DossierStatsPageInput = z.infer<typeof DossierStatsPageInput>;

/** The year's sums and rates per unit or per district (a district: itself, its divisions and communes). */
export const DossierDashboardInput = PageInput.extend({
  year,
  by: z.enum(["unit", "district"], {
    error: "Xem theo: phải là đơn vị hoặc huyện / Group by: must be unit or district",
  }),
});
export type DossierDashboardInput = z.infer<typeof DossierDashboardInput>;

/** Twelve months of sums and rates: the whole scope, or one unit (a district with its subtree). */
export const DossierTrendInput = z.object({ year, unitId: unitId.optional() });
export type DossierTrendInput = z.infer<typeof DossierTrendInput>;

export const DossierYearInput = z.object({ year });
export type DossierYearInput = z.infer<typeof DossierYearInput>;

/** Sở Nội vụ opens a remote dossier check of a unit over a year's figures (plan III.3). */
export const OpenRemoteDossierInput = z.object({ unitId, year });
export type OpenRemoteDossierInput = z.infer<typeof OpenRemoteDossierInput>;
