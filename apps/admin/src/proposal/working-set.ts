import type { Bilingual, Proposal, Tier } from "@par/domain";

export type OnSiteForm = "announced" | "surprise";

/** A unit in the officer's working list: picked for the plan or kept in reserve. */
export interface WorkingPick {
  unitId: number;
  code: string;
  name: string;
  tier: Tier;
  score: number | null;
  month: number | null;
  /** The proposal's reasons; null for a unit the officer added by search. */
  reasons: Bilingual | null;
  form: OnSiteForm;
}

export interface WorkingTier {
  tier: Tier;
  pct: number;
  eligible: number;
  required: number;
  alreadyCovered: number;
  problem: Bilingual | null;
  picks: WorkingPick[];
  reserve: WorkingPick[];
}

export type WorkingSet = WorkingTier[];

export type WorkingAction =
  | { type: "remove"; tier: Tier; unitId: number }
  | { type: "addReserve"; tier: Tier; unitId: number }
  | { type: "swap"; tier: Tier; pickId: number; reserveId: number }
  | { type: "addUnit"; pick: WorkingPick }
  | { type: "month"; tier: Tier; unitId: number; month: number | null }
  | { type: "form"; tier: Tier; unitId: number; form: OnSiteForm };

/** The server's proposal as an editable list: every pick announced by default, reserves kept apart. */
export function fromProposal(p: Proposal): WorkingSet {
  const toPick = (x: Proposal["tiers"][number]["picks"][number]): WorkingPick => ({
    unitId: x.unitId,
    code: x.code,
    name: x.name,
    tier: x.tier,
    score: x.score,
    month: x.month,
    reasons: x.reasons,
    form: "announced",
  });
  return p.tiers.map((t) => ({
    tier: t.tier,
    pct: t.pct,
    eligible: t.eligible,
    required: t.required,
    alreadyCovered: t.alreadyCovered,
    problem: t.problem,
    picks: t.picks.map(toPick),
    reserve: t.reserve.map(toPick),
  }));
}

function updateTier(ws: WorkingSet, tier: Tier, f: (t: WorkingTier) => WorkingTier): WorkingSet {
  return ws.map((t) => (t.tier === tier ? f(t) : t));
}

function patchPick(t: WorkingTier, unitId: number, patch: Partial<WorkingPick>): WorkingTier {
  return { ...t, picks: t.picks.map((p) => (p.unitId === unitId ? { ...p, ...patch } : p)) };
}

/** Swap, add and remove keep each unit in exactly one place: picks or reserve. */
export function workingReducer(ws: WorkingSet, a: WorkingAction): WorkingSet {
  switch (a.type) {
    case "remove":
      return updateTier(ws, a.tier, (t) => {
        const pick = t.picks.find((p) => p.unitId === a.unitId);
        if (!pick) return t;
        return {
          ...t,
          picks: t.picks.filter((p) => p.unitId !== a.unitId),
          reserve: [{ ...pick, form: "announced" }, ...t.reserve],
        };
      });
    case "addReserve":
      return updateTier(ws, a.tier, (t) => {
        const r = t.reserve.find((p) => p.unitId === a.unitId);
        if (!r) return t;
        return { ...t, picks: [...t.picks, r], reserve: t.reserve.filter((p) => p.unitId !== a.unitId) };
      });
    case "swap":
      return updateTier(ws, a.tier, (t) => {
        const pick = t.picks.find((p) => p.unitId === a.pickId);
        const r = t.reserve.find((p) => p.unitId === a.reserveId);
        if (!pick || !r) return t;
        // The substitute takes the place, month and form of the unit it replaces.
        const incoming = { ...r, month: pick.month, form: pick.form };
        return {
          ...t,
          picks: t.picks.map((p) => (p.unitId === a.pickId ? incoming : p)),
          reserve: [
            { ...pick, month: null, form: "announced" },
            ...t.reserve.filter((p) => p.unitId !== a.reserveId),
          ],
        };
      });
    case "addUnit":
      return updateTier(ws, a.pick.tier, (t) =>
        t.picks.some((p) => p.unitId === a.pick.unitId)
          ? t
          : {
              ...t,
              picks: [...t.picks, a.pick],
              reserve: t.reserve.filter((p) => p.unitId !== a.pick.unitId),
            },
      );
    case "month":
      return updateTier(ws, a.tier, (t) => patchPick(t, a.unitId, { month: a.month }));
    case "form":
      return updateTier(ws, a.tier, (t) => patchPick(t, a.unitId, { form: a.form }));
  }
}

/** What proposal.accept needs, or the picks still without a month. */
export function acceptPicks(
  ws: WorkingSet,
):
  | { ok: true; picks: { unitId: number; month: number; form: OnSiteForm }[] }
  | { ok: false; noMonth: WorkingPick[] } {
  const all = ws.flatMap((t) => t.picks);
  const noMonth = all.filter((p) => p.month === null);
  if (noMonth.length > 0) return { ok: false, noMonth };
  return { ok: true, picks: all.map((p) => ({ unitId: p.unitId, month: p.month!, form: p.form })) };
}

/** Picks placed in each month (index 0 = January), to set beside the proposal's monthly capacity. */
export function monthLoad(ws: WorkingSet): number[] {
  const load = Array<number>(12).fill(0);
  for (const p of ws.flatMap((t) => t.picks))
    if (p.month !== null) load[p.month - 1] = (load[p.month - 1] ?? 0) + 1;
  return load;
}
