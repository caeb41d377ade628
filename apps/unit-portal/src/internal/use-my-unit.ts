import { useMe } from "@par/ui";

/** The unit the clerk acts for (the first unit bound to a role that writes internal inspections). */
export function useMyUnit(): { id: number; name: string } | null {
  const me = useMe();
  const r = me.roles.find((x) => x.role === "unit_officer" && x.unitId !== null);
  return r && r.unitId !== null ? { id: r.unitId, name: r.unitName ?? "" } : null;
}

/**
 * The unit whose year an account reads: the clerk's, or the head's (a unit_head reads like the clerk
 * and approves; without this its "Năm của tôi" said it was bound to no unit). Writing screens keep
 * useMyUnit: only the clerk plans and records.
 */
export function useMyReadingUnit(): { id: number; name: string } | null {
  const me = useMe();
  const r = me.roles.find((x) => (x.role === "unit_officer" || x.role === "unit_head") && x.unitId !== null);
  return r && r.unitId !== null ? { id: r.unitId, name: r.unitName ?? "" } : null;
}

/** The year the screens open on: the one in the address, else the current one. */
export function yearFrom(search: string): number {
  const y = Number(new URLSearchParams(search).get("year"));
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : new Date().getFullYear();
}
