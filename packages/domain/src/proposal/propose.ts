import { VN_CALENDAR } from "../calendar/working-days";
import type { Bilingual } from "../core/result";
import { focusFieldCodes } from "../templates/template-lookup";
import { type Tier, tierOfKind } from "../units/unit-kinds";
import { isInPool, requiredCount } from "../units/unit-ref";
import { assignMonths } from "./assign-months";
import { effectiveMonthCapacity } from "./month-capacity";
import { isOwnUnit } from "./own-unit";
import { tieKey } from "./prng";
import type { Proposal, ProposalInput, ProposalPick, ProposalUnit, TierProposal } from "./proposal-types";
import { reasonsText } from "./reasons";
import { quickScore, scoreFactors } from "./score";
import { byRank, type Ranked, selectRanked } from "./select-tier";

interface Candidate extends Ranked {
  unit: ProposalUnit;
  rank: number;
}

/** Month priority: the commune level first (the plan's weight on cơ sở, I.2), then districts, then agencies. */
const TIER_MONTH_PRIORITY: Record<Tier, number> = { commune: 0, district: 1, agency: 2 };

/**
 * Which units to inspect this year: per tier exactly the quota still needed when enough units can be
 * proposed, ranked by how long since the last inspection, open recommendations, earlier findings, focus
 * fields and risk signals; communes spread over districts; a reserve for surprise checks; and a
 * suggested month per pick within the team's capacity. O(n log n) in the number of units.
 */
export function proposeInspections(input: ProposalInput): Proposal {
  const { template, year, seed } = input;
  const calendar = input.calendar ?? VN_CALENDAR;
  const history = new Map((input.history ?? []).map((h) => [h.unitId, h]));
  const risks = new Map((input.risks ?? []).map((r) => [r.unitId, r]));
  const planned = new Set(input.alreadyPlanned ?? []);
  const excluded = new Set(input.exclude ?? []);
  const focus = focusFieldCodes(template);
  const names = new Map<number, string>();

  const byTier = new Map<Tier, { eligible: number; covered: number; candidates: Candidate[] }>();
  for (const t of template.tiers) byTier.set(t.tier, { eligible: 0, covered: 0, candidates: [] });
  for (const unit of input.units) {
    const tier = tierOfKind(unit.kind);
    const bucket = tier === null ? undefined : byTier.get(tier);
    if (unit.kind === "district") names.set(unit.id, unit.name);
    if (!bucket || !isInPool(unit, year, input.referenceDate)) continue;
    bucket.eligible++;
    if (planned.has(unit.id)) bucket.covered++;
    else if (!excluded.has(unit.id) && !isOwnUnit(template, input.leadBody, unit.name)) {
      const score = quickScore(unit, year, history.get(unit.id), risks.get(unit.id), focus);
      const group = tier === "commune" ? (unit.districtId ?? unit.parentId) : null;
      bucket.candidates.push({ id: unit.id, group, score, key: tieKey(seed, unit.id), unit, rank: 0 });
    }
  }

  const toPick = (c: Candidate, tier: Tier, representsGroup: boolean): ProposalPick => ({
    unitId: c.id,
    code: c.unit.code,
    name: c.unit.name,
    tier,
    score: c.score,
    month: null,
    reasons: reasonsText(
      scoreFactors(c.unit, year, history.get(c.id), risks.get(c.id), focus),
      template,
      representsGroup && c.group !== null ? (names.get(c.group) ?? null) : null,
    ),
  });

  const problems: Bilingual[] = [];
  const tiers: TierProposal[] = [];
  const chosen: { pick: ProposalPick; unit: ProposalUnit }[] = [];
  for (const { tier, pct, vi } of template.tiers) {
    const b = byTier.get(tier)!;
    const required = requiredCount(pct, b.eligible);
    const needed = Math.max(0, required - b.covered);
    const sorted = b.candidates.sort(byRank);
    sorted.forEach((c, i) => {
      c.rank = i;
    });
    const spread = tier === "commune";
    const { picks, rest } = selectRanked(sorted, needed, spread);
    const firstOfGroup = new Set<number | null>();
    const pickList = picks.map((c) => {
      // Name the district only where the spread round is why the commune made the list.
      const represents = spread && !firstOfGroup.has(c.group) && c.rank >= needed;
      firstOfGroup.add(c.group);
      const pick = toPick(c, tier, represents);
      chosen.push({ pick, unit: c.unit });
      return pick;
    });
    const reserveSize = Math.ceil(required * (template.proposal.reserveRatio[tier] ?? 0));
    const reserve = rest.slice(0, reserveSize).map((c) => toPick(c, tier, false));
    const feasible = picks.length === needed;
    const problem = feasible
      ? null
      : {
          vi: `${vi}: cần thêm ${needed} đơn vị nhưng chỉ còn ${picks.length} đơn vị có thể đề xuất`,
          en: `${tier}: ${needed} more units needed but only ${picks.length} can be proposed`,
        };
    if (problem) problems.push(problem);
    tiers.push({
      tier,
      pct,
      eligible: b.eligible,
      required,
      alreadyCovered: b.covered,
      needed,
      feasible,
      problem,
      picks: pickList,
      reserve,
    });
  }

  const monthCapacity = effectiveMonthCapacity({ ...input, calendar });
  const order = chosen
    .map((c, i) => ({ ...c, i }))
    .sort((a, b) => TIER_MONTH_PRIORITY[a.pick.tier] - TIER_MONTH_PRIORITY[b.pick.tier] || a.i - b.i);
  const { months, load } = assignMonths(
    order.map((c) => ({ item: c.pick, validity: c.unit })),
    monthCapacity,
    year,
  );
  order.forEach((c, i) => {
    c.pick.month = months[i] ?? null;
  });
  const unscheduled = months.filter((m) => m === null).length;
  if (unscheduled > 0) {
    problems.push({
      vi: `Năng lực đoàn kiểm tra không đủ: ${unscheduled} đơn vị chưa xếp được tháng`,
      en: `Team capacity is short: ${unscheduled} units have no month`,
    });
  }
  return { year, templateId: template.id, seed, tiers, monthCapacity, monthLoad: load, problems };
}
