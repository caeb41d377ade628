/**
 * Every dashboard read and list, each with the role that calls it and one well-written SQL query that
 * answers the same screen: aggregates for counts and coverage, the first keyset page (50 rows, the
 * api contract's default page) for lists, scope as a recursive subtree and secrecy (R5) as a
 * predicate. The SQL is the target a read should come within 2× of; it is not the server's query.
 */
export type BenchRole = "admin" | "leader" | "sector" | "district";

export interface Ids {
  /** Province P01's root: every signed-in bench user belongs to it (plans and accounts are per province). */
  provinceId: number;
  /** The unit-bound users' units (province P01). */
  districtId: number;
  sectorUnitId: number;
  /** Any commune of P01, for units.get. */
  communeId: number;
  year: number;
  month: number;
  sessionHashes: Record<BenchRole, string>;
}

export interface BenchCase {
  name: string;
  role: BenchRole | null;
  procedure: string;
  input?: unknown;
  sql: string;
  params: unknown[];
  /** proposal.run: its target is a latency, measured at one connection only. */
  singleOnly?: boolean;
}

const STARTED = "('in_progress','findings_recorded','concluded','closed')";
const PENDING = "('draft','scheduled','notified')";
/** R5 for a viewer who is not a surprise planner: a surprise shows once it has started (status and date). */
const NOT_SECRET = `(i.form <> 'surprise' or (i.status in ${STARTED} and i.start_date <= current_date))`;
const SUBTREE = `with recursive sub as (
    select id from org_units where id = $1
    union all select c.id from org_units c join sub on c.parent_id = sub.id)`;
const VALID_TODAY = "u.valid_from <= current_date and (u.valid_to is null or u.valid_to >= current_date)";

const INSPECTION_PAGE = (where: string) => `
  select i.id, i.form, i.status, i.lead_body, i.start_date, i.end_date, u.id unit_id, u.code, u.name
  from inspections i join plans p on p.id = i.plan_id join org_units u on u.id = i.target_unit_id
  where p.province_id = $PROVINCE and p.year = $YEAR ${where}
  order by i.start_date, i.id limit 51`;

export function benchCases(ids: Ids): BenchCase[] {
  const { year, month } = ids;
  const monthStart = `${year}-${String(month).padStart(2, "0")}-01`;
  const inspectionPage = (where: string, first: unknown[]) => ({
    sql: INSPECTION_PAGE(where)
      .replace("$YEAR", `$${first.length + 1}`)
      .replace("$PROVINCE", `$${first.length + 2}`),
    params: [...first, year, ids.provinceId],
  });
  const calendar = (where: string, first: unknown[]) => ({
    sql: `${where.includes("sub") ? SUBTREE : ""}
      select i.id, i.form, i.status, i.start_date, i.end_date, u.id unit_id, u.name
      from inspections i join org_units u on u.id = i.target_unit_id
      where i.province_id = $${first.length + 2} and i.start_date < ($${first.length + 1}::date + interval '1 month')
        and i.end_date >= $${first.length + 1}::date ${where}
      order by i.start_date, i.id`,
    params: [...first, monthStart, ids.provinceId],
  });
  const recommendationPage = (where: string, first: unknown[]) => ({
    sql: `${where.includes("sub") ? SUBTREE : ""}
      select r.id, r.text, r.deadline, r.status, u.id unit_id, u.name, c.number
      from recommendations r join conclusions c on c.id = r.conclusion_id join org_units u on u.id = r.unit_id
      where r.province_id = $${first.length + 1} ${where}
      order by r.deadline, r.id limit 51`,
    params: [...first, ids.provinceId],
  });
  const internalOverview = (where: string, first: unknown[]) => ({
    sql: `select p.id, p.code, p.name, count(distinct c.id) subordinates,
             count(distinct ii.target_unit_id) filter (where ii.status = 'done') done,
             count(distinct ii.target_unit_id) planned
      from org_units p join org_units c on c.parent_id = p.id and c.valid_to is null
      left join internal_inspections ii on ii.parent_unit_id = p.id and ii.target_unit_id = c.id and ii.year = $${first.length + 1}
      where p.province_id = $${first.length + 2} and p.kind in ('department', 'agency', 'office', 'district')
        and p.valid_to is null ${where}
      group by p.id`,
    params: [...first, year, ids.provinceId],
  });
  const internalPage = (where: string, first: unknown[]) => ({
    sql: `select ii.id, ii.parent_unit_id, ii.target_unit_id, ii.start_date, ii.end_date, ii.status, u.name
      from internal_inspections ii join org_units u on u.id = ii.target_unit_id
      where ii.province_id = $${first.length + 2} and ii.year = $${first.length + 1} ${where}
      order by ii.start_date, ii.id limit 51`,
    params: [...first, year, ids.provinceId],
  });
  const sub = "and u.id in (select id from sub)";
  return [
    { name: "/healthz", role: null, procedure: "/healthz", sql: "select 1", params: [] },
    {
      name: "auth.me",
      role: "admin",
      procedure: "auth.me",
      sql: `select u.id, u.username, u.display_name, ra.role, ra.unit_id
        from sessions s join users u on u.id = s.user_id left join role_assignments ra on ra.user_id = u.id
        where s.id = $1 and s.expires_at > now()`,
      params: [ids.sessionHashes.admin],
    },
    {
      name: "plans.get",
      role: "admin",
      procedure: "plans.get",
      input: { year },
      sql: "select * from plans where province_id = $2 and year = $1",
      params: [year, ids.provinceId],
    },
    {
      name: "plans.coverage",
      role: "admin",
      procedure: "plans.coverage",
      input: { year },
      sql: `select u.tier, count(*) units,
          count(*) filter (where exists (select 1 from inspections i where i.target_unit_id = u.id and i.plan_id = p.id
            and i.form in ('announced', 'surprise') and i.status in ${STARTED})) conducted,
          count(*) filter (where exists (select 1 from inspections i where i.target_unit_id = u.id and i.plan_id = p.id
            and i.form in ('announced', 'surprise') and i.status in ${PENDING})) planned
        from org_units u cross join (select id from plans where province_id = $2 and year = $1) p
        where u.province_id = $2 and u.tier is not null and ${VALID_TODAY}
        group by u.tier`,
      params: [year, ids.provinceId],
    },
    {
      name: "units.get",
      role: "admin",
      procedure: "units.get",
      input: { id: ids.communeId },
      sql: `select u.*, p.name parent_name, (select count(*) from org_units c where c.parent_id = u.id) children
        from org_units u left join org_units p on p.id = u.parent_id where u.id = $1`,
      params: [ids.communeId],
    },
    {
      // The register's table and pickers read pages (units.list, the whole scope at once, has no screen).
      name: "units.page",
      role: "admin",
      procedure: "units.page",
      input: { sort: "code" },
      sql: `select u.id, u.code, u.name, u.kind, u.tier, u.parent_id, u.valid_from, u.valid_to,
          (select count(*) from org_units c where c.province_id = $1 and ${VALID_TODAY.replaceAll("u.", "c.")}) total
        from org_units u where u.province_id = $1 and ${VALID_TODAY} order by u.code, u.id limit 51`,
      params: [ids.provinceId],
    },
    {
      name: "units.tierCounts",
      role: "admin",
      procedure: "units.tierCounts",
      input: {},
      sql: `select u.tier, count(*) from org_units u where u.province_id = $1 and u.tier is not null and ${VALID_TODAY}
        group by u.tier`,
      params: [ids.provinceId],
    },
    {
      name: "inspections.list",
      role: "admin",
      procedure: "inspections.list",
      input: { year },
      ...inspectionPage("", []),
    },
    {
      name: "inspections.calendar",
      role: "admin",
      procedure: "inspections.calendar",
      input: { year, month },
      ...calendar("", []),
    },
    {
      name: "internal.overview",
      role: "admin",
      procedure: "internal.overview",
      input: { year },
      ...internalOverview("", []),
    },
    {
      name: "internal.list",
      role: "admin",
      procedure: "internal.list",
      input: { year },
      ...internalPage("", []),
    },
    {
      name: "recommendations.list",
      role: "admin",
      procedure: "recommendations.list",
      input: {},
      ...recommendationPage("", []),
    },
    {
      name: "audit.list",
      role: "admin",
      procedure: "audit.list",
      input: {},
      sql: `select a.*, us.username from audit_log a left join users us on us.id = a.user_id
        where a.province_id = $1 order by a.id desc limit 51`,
      params: [ids.provinceId],
    },
    {
      name: "proposal.run",
      role: "admin",
      procedure: "proposal.run",
      input: { year },
      // Its reads only (the picking is the domain's, in memory): units with fields and history.
      sql: `select u.id, u.kind, u.tier, u.parent_id,
          (select array_agg(f.field) from unit_fields f where f.unit_id = u.id) fields,
          (select max(i.start_date) from inspections i where i.target_unit_id = u.id and i.status in ${STARTED}) last_inspected,
          (select count(*) from recommendations r where r.unit_id = u.id and r.status in ('open', 'responded')) open_recs
        from org_units u where u.province_id = $1 and u.tier is not null and ${VALID_TODAY}`,
      params: [ids.provinceId],
      singleOnly: true,
    },
    // P01's leader: the whole province, read-only.
    {
      name: "plans.coverage",
      role: "leader",
      procedure: "plans.coverage",
      input: { year },
      sql: `select u.tier, count(*) units,
          count(*) filter (where exists (select 1 from inspections i where i.target_unit_id = u.id and i.plan_id = p.id
            and i.form in ('announced', 'surprise') and i.status in ${STARTED})) conducted
        from org_units u cross join (select id from plans where province_id = $2 and year = $1) p
        where u.province_id = $2 and u.tier is not null and ${VALID_TODAY} group by u.tier`,
      params: [year, ids.provinceId],
    },
    {
      name: "inspections.list",
      role: "leader",
      procedure: "inspections.list",
      input: { year },
      ...inspectionPage("", []),
    },
    {
      name: "recommendations.list",
      role: "leader",
      procedure: "recommendations.list",
      input: {},
      ...recommendationPage("", []),
    },
    // A sector inspector (Sở Tư pháp of P01): every unit, surprises of other bodies hidden until started.
    {
      name: "inspections.list",
      role: "sector",
      procedure: "inspections.list",
      input: { year },
      ...inspectionPage(`and (i.lead_body = $1 or ${NOT_SECRET})`, ["so_tu_phap"]),
    },
    {
      name: "inspections.calendar",
      role: "sector",
      procedure: "inspections.calendar",
      input: { year, month },
      ...calendar(`and (i.lead_body = $1 or ${NOT_SECRET})`, ["so_tu_phap"]),
    },
    // A district clerk (Huyện 01-01): the district's subtree, no secret surprise at all.
    {
      name: "units.page",
      role: "district",
      procedure: "units.page",
      input: { sort: "code" },
      sql: `${SUBTREE} select u.id, u.code, u.name, u.kind, u.tier, u.parent_id, u.valid_from, u.valid_to,
          count(*) over () total
        from org_units u join sub on sub.id = u.id where ${VALID_TODAY} order by u.code, u.id limit 51`,
      params: [ids.districtId],
    },
    {
      name: "inspections.list",
      role: "district",
      procedure: "inspections.list",
      input: { year },
      ...((q) => ({ sql: `${SUBTREE} ${q.sql}`, params: q.params }))(
        inspectionPage(`${sub} and ${NOT_SECRET}`, [ids.districtId]),
      ),
    },
    {
      name: "inspections.calendar",
      role: "district",
      procedure: "inspections.calendar",
      input: { year, month },
      ...calendar(`${sub} and ${NOT_SECRET}`, [ids.districtId]),
    },
    {
      name: "internal.overview",
      role: "district",
      procedure: "internal.overview",
      input: { year },
      ...internalOverview("and p.id = $1", [ids.districtId]),
    },
    {
      name: "internal.list",
      role: "district",
      procedure: "internal.list",
      input: { year },
      ...internalPage("and ii.parent_unit_id = $1", [ids.districtId]),
    },
    {
      name: "recommendations.list",
      role: "district",
      procedure: "recommendations.list",
      input: {},
      ...recommendationPage(sub, [ids.districtId]),
    },
  ];
}
