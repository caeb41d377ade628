import type { Proposal } from "@par/domain";
import { describe, expect, it } from "vitest";
import { acceptPicks, fromProposal, monthLoad, workingReducer } from "./working-set";

const unit = (unitId: number, month: number | null) => ({
  unitId,
  code: `U${unitId}`,
  name: `Unit ${unitId}`,
  tier: "commune" as const,
  score: 10,
  month,
  reasons: { vi: "lý do", en: "reason" },
});

const proposal = {
  year: 2023,
  templateId: "dong-nai-2023",
  seed: 2023,
  tiers: [
    {
      tier: "commune",
      pct: 20,
      eligible: 10,
      required: 2,
      alreadyCovered: 0,
      needed: 2,
      feasible: true,
      problem: null,
      picks: [unit(1, 3), unit(2, 4)],
      reserve: [unit(3, null), unit(4, null)],
    },
  ],
  monthCapacity: [],
  monthLoad: [],
  problems: [],
} satisfies Proposal;

const ids = (xs: { unitId: number }[]) => xs.map((x) => x.unitId);

describe("working set", () => {
  it("starts from the proposal, every pick announced", () => {
    const ws = fromProposal(proposal);
    expect(ids(ws[0]!.picks)).toEqual([1, 2]);
    expect(ws[0]!.picks.every((p) => p.form === "announced")).toBe(true);
  });

  it("swaps a pick with a reserve unit that takes its month and form", () => {
    let ws = fromProposal(proposal);
    ws = workingReducer(ws, { type: "form", tier: "commune", unitId: 1, form: "surprise" });
    ws = workingReducer(ws, { type: "swap", tier: "commune", pickId: 1, reserveId: 4 });
    expect(ids(ws[0]!.picks)).toEqual([4, 2]);
    expect(ws[0]!.picks[0]).toMatchObject({ month: 3, form: "surprise" });
    expect(ids(ws[0]!.reserve)).toEqual([1, 3]);
  });

  it("removes to the reserve and adds back; a unit is never in both lists", () => {
    let ws = fromProposal(proposal);
    ws = workingReducer(ws, { type: "remove", tier: "commune", unitId: 2 });
    expect(ids(ws[0]!.picks)).toEqual([1]);
    ws = workingReducer(ws, { type: "addReserve", tier: "commune", unitId: 3 });
    expect(ids(ws[0]!.picks)).toEqual([1, 3]);
    expect(ids(ws[0]!.reserve)).toEqual([2, 4]);
    ws = workingReducer(ws, { type: "addUnit", pick: { ...unit(2, null), form: "announced" } });
    expect(ids(ws[0]!.reserve)).toEqual([4]);
  });

  it("refuses to accept while a pick has no month, and counts picks per month", () => {
    let ws = fromProposal(proposal);
    ws = workingReducer(ws, { type: "addReserve", tier: "commune", unitId: 3 });
    const refused = acceptPicks(ws);
    expect(refused.ok).toBe(false);
    ws = workingReducer(ws, { type: "month", tier: "commune", unitId: 3, month: 3 });
    const accepted = acceptPicks(ws);
    expect(accepted).toEqual({
      ok: true,
      picks: [
        { unitId: 1, month: 3, form: "announced" },
        { unitId: 2, month: 4, form: "announced" },
        { unitId: 3, month: 3, form: "announced" },
      ],
    });
    expect(monthLoad(ws).slice(2, 4)).toEqual([2, 1]);
  });
});
