import { addDays, type DayBooking, type DayPlacement, spreadOverDays } from "@par/domain";
import type { Db } from "../db/database";
import { listInspectionRows } from "../db/inspection.repository";
import { fail } from "../errors";

export const DEFAULT_TEAMS_PER_DAY = 1;

interface AcceptedPick {
  unitId: number;
  month: number;
  name: string;
}

/**
 * The tentative day of each accepted pick: the domain's spreadOverDays per month, against the lead
 * body's inspections already in the calendar (they use its teams) and every on-site inspection of the
 * picked units (a unit is not visited twice on one day). All inspections are read, not only those the
 * caller sees: a clash would be refused on saving anyway, and the answer is only a day, never whose.
 * Refuses, naming the units, when a month has no room left.
 */
export async function placeAcceptedPicks(
  db: Db,
  args: {
    provinceId: number;
    year: number;
    leadBody: string;
    teamsPerDay: number;
    picks: readonly AcceptedPick[];
  },
): Promise<Map<number, DayPlacement>> {
  const byMonth = new Map<number, AcceptedPick[]>();
  for (const p of args.picks) byMonth.set(p.month, [...(byMonth.get(p.month) ?? []), p]);
  const placed = new Map<number, DayPlacement>();
  const problems: string[] = [];
  for (const [month, picks] of [...byMonth].sort((a, b) => a[0] - b[0])) {
    const first = `${args.year}-${String(month).padStart(2, "0")}-01`;
    const last = addDays(
      month === 12 ? `${args.year + 1}-01-01` : `${args.year}-${String(month + 1).padStart(2, "0")}-01`,
      -1,
    );
    // The province's own days: another province's Sở Nội vụ is another team.
    const rows = await listInspectionRows(db, { provinceId: args.provinceId, from: first, to: last });
    const bookings = rows
      .filter((r) => r.status !== "cancelled" && (r.form === "announced" || r.form === "surprise"))
      .map(
        (r): DayBooking => ({
          targetUnitId: r.target_unit_id,
          startDate: r.start_date,
          endDate: r.end_date,
          usesTeam: r.lead_body === args.leadBody,
        }),
      );
    const spread = spreadOverDays({
      year: args.year,
      month,
      teamsPerDay: args.teamsPerDay,
      picks: picks.map((p) => ({ key: p.unitId, targetUnitId: p.unitId })),
      bookings,
    });
    for (const p of spread.placed) placed.set(p.key, p);
    for (const u of spread.unplaced) {
      const name = picks.find((p) => p.unitId === u.key)?.name ?? String(u.key);
      problems.push(`"${name}": ${u.reason.vi} / "${name}": ${u.reason.en}`);
    }
  }
  if (problems.length > 0) {
    const vi = problems.map((p) => p.split(" / ")[0]).slice(0, 3);
    const en = problems.map((p) => p.split(" / ")[1]).slice(0, 3);
    const more = problems.length > 3 ? ` (+${problems.length - 3})` : "";
    fail(
      "PROPOSAL.NO_DAY",
      `Danh sách chọn: ${problems.length} đơn vị chưa xếp được ngày — ${vi.join("; ")}${more}; hãy chọn tháng khác hoặc tăng số đoàn mỗi ngày / Picks: ${problems.length} units have no day — ${en.join("; ")}${more}; choose another month or more teams a day`,
      "picks",
    );
  }
  return placed;
}
