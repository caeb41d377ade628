import { z } from "zod";
import { dateField, idField, yearField } from "../schemas/fields";
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

/**
 * Sở Nội vụ opens a remote dossier check of a unit over a year's figures (plan III.3), on a working
 * day of that year (the inspection belongs to the year's plan).
 */
export const OpenRemoteDossierInput = z
  .object({ unitId, year, date: dateField("date", "Ngày kiểm tra", "Check date") })
  .refine((i) => i.date.slice(0, 4) === String(i.year), {
    path: ["date"],
    message: "Ngày kiểm tra: phải thuộc năm của số liệu / Check date: must fall in the year of the figures",
  });
export type OpenRemoteDossierInput = z.infer<typeof OpenRemoteDossierInput>;
