import type { Tier } from "@par/domain";
import type { WorkingSet } from "./working-set";

/** A reserve unit kept after acceptance, for surprise checks later in the year. */
export interface SavedReserveUnit {
  unitId: number;
  code: string;
  name: string;
  tier: Tier;
}

type Store = Pick<Storage, "getItem" | "setItem">;

const key = (year: number) => `par.proposal.reserve.${year}`;

/** The reserves of every tier, in order, as they stood when the picks were accepted. */
export function reserveOf(ws: WorkingSet): SavedReserveUnit[] {
  return ws.flatMap((t) => t.reserve.map(({ unitId, code, name, tier }) => ({ unitId, code, name, tier })));
}

export function saveReserve(
  store: Store | undefined,
  year: number,
  units: readonly SavedReserveUnit[],
): void {
  try {
    store?.setItem(key(year), JSON.stringify(units));
  } catch {
    // Private mode or a full store: the list lasts for this page only.
  }
}

/** The saved list, or [] when there is none or it cannot be read. */
export function loadReserve(store: Store | undefined, year: number): SavedReserveUnit[] {
  try {
    const raw = store?.getItem(key(year));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (u): u is SavedReserveUnit =>
        typeof u === "object" &&
        u !== null &&
        Number.isInteger((u as SavedReserveUnit).unitId) &&
        typeof (u as SavedReserveUnit).name === "string" &&
        typeof (u as SavedReserveUnit).tier === "string",
    );
  } catch {
    return [];
  }
}
