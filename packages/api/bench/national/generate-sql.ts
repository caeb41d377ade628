/**
 * The generator's SQL, one set-based statement per step (`insert … select generate_series(…)`).
 * `pg_temp.rnd(key)` is the seeded PRNG: the first 32 bits of md5(seed:key) as a number in [0, 1).
 * Dates are relative to a fixed reference day (PIVOT), so that the same seed gives the same rows
 * whatever day it runs; the server's own "today" decides which surprises are still secret.
 */
import { foldVietnamese } from "@par/domain";

export const PIVOT = "2026-11-28";
export const YEARS = [2022, 2026] as const;
/** ≈ 200,000 inspections over five years at 63 provinces. */
export const INSPECTIONS_PER_PROVINCE_YEAR = 635;

/** Departments and agencies of every province (18 × 63 ≈ 1,100); sector names as the template's lead bodies. */
const DEPARTMENTS: readonly [name: string, kind: "office" | "department" | "agency", many: boolean][] = [
  ["Văn phòng UBND tỉnh", "office", false],
  ["Sở Nội vụ", "department", false],
  ["Sở Tư pháp", "department", false],
  ["Sở Thông tin và Truyền thông", "department", false],
  ["Sở Lao động - Thương binh và Xã hội", "department", false],
  ["Sở Tài nguyên và Môi trường", "department", true],
  ["Sở Kế hoạch và Đầu tư", "department", false],
  ["Sở Xây dựng", "department", false],
  ["Sở Tài chính", "department", false],
  ["Sở Giáo dục và Đào tạo", "department", true],
  ["Sở Y tế", "department", false],
  ["Sở Công Thương", "department", false],
  ["Sở Nông nghiệp và Phát triển nông thôn", "department", false],
  ["Sở Giao thông vận tải", "department", false],
  ["Sở Văn hóa, Thể thao và Du lịch", "department", false],
  ["Sở Khoa học và Công nghệ", "department", false],
  ["Thanh tra tỉnh", "agency", false],
  ["Ban Quản lý các khu công nghiệp", "agency", false],
];
const SECTOR_FIELDS: readonly [string, string][] = [
  ["Sở Tư pháp", "tu_phap_ho_tich"],
  ["Sở Thông tin và Truyền thông", "cong_nghe_thong_tin"],
  ["Sở Lao động - Thương binh và Xã hội", "lao_dong_xa_hoi"],
  ["Sở Tài nguyên và Môi trường", "dat_dai"],
  ["Sở Kế hoạch và Đầu tư", "dang_ky_kinh_doanh"],
  ["Sở Xây dựng", "xay_dung"],
  ["Sở Tài chính", "tai_chinh"],
];
const LEAD_BODIES = [
  "so_tu_phap",
  "so_tttt",
  "so_ldtbxh",
  "so_tnmt",
  "so_khdt",
  "so_xay_dung",
  "so_tai_chinh",
];
/** Checklist items of the 2023 template, without the plain area-5 item (follow-up items are per recommendation). */
const ITEMS = [
  "1a",
  "1b",
  "2.1",
  "2.2",
  "2.3",
  "2.4",
  "2.5",
  "3a",
  "3b.1",
  "3b.2",
  "3b.3",
  "3b.4",
  "3b.5",
  "3b.6",
  "4",
  "6",
];

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const arr = (xs: readonly string[]) => `array[${xs.map(lit).join(",")}]`;

/** translate() arguments that fold Vietnamese as the domain's foldVietnamese does (after lower()). */
function foldArgs(): [string, string] {
  const accented = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
  const chars = [...accented];
  return [chars.join(""), chars.map((c) => foldVietnamese(c)).join("")];
}

export interface SqlStep {
  name: string;
  sql: string;
  params?: unknown[];
}

export interface BenchUser {
  username: string;
  displayName: string;
  role: string;
  /** Code of the bound unit, or null. */
  unitCode: string | null;
}

/** The signed-in roles of the bench (P01 is the province of the unit-bound ones). */
export const BENCH_USERS: readonly BenchUser[] = [
  { username: "nb.admin", displayName: "Phòng CCHC – Sở Nội vụ", role: "province_admin", unitCode: null },
  { username: "nb.leader", displayName: "Lãnh đạo (đọc)", role: "leader", unitCode: null },
  { username: "nb.office", displayName: "Văn phòng UBND tỉnh", role: "province_office", unitCode: null },
  { username: "nb.camera", displayName: "Giám sát camera", role: "camera_reviewer", unitCode: null },
  {
    username: "nb.sector",
    displayName: "Thanh tra Sở Tư pháp",
    role: "sector_inspector",
    unitCode: "P01-S03",
  },
  {
    username: "nb.district",
    displayName: "Văn phòng UBND Huyện 01-01",
    role: "unit_officer",
    unitCode: "P01-D01",
  },
  { username: "nb.dept", displayName: "Văn phòng Sở GD&ĐT", role: "unit_officer", unitCode: "P01-S10" },
];

export function sqlSteps(o: { provinces: number; seed: number; passwordHash: string }): SqlStep[] {
  const [from, to] = foldArgs();
  const seed = Math.trunc(o.seed);
  const units = `insert into org_units (code, name, search_name, kind, tier, parent_id, many_subordinates, has_one_stop_shop, valid_from)`;
  const fold = (expr: string) => `pg_temp.fold(${expr})`;
  return [
    {
      name: "prng and fold functions",
      sql: `create function pg_temp.rnd(k text) returns float8 language sql immutable as
              $$ select ('x' || substr(md5('${seed}:' || k), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
            create function pg_temp.fold(t text) returns text language sql immutable as
              $$ select translate(lower(t), ${lit(from)}, ${lit(to)}) $$;`,
    },
    {
      name: "provinces",
      sql: `${units}
        select 'P' || lpad(p::text, 2, '0'), 'Tỉnh ' || lpad(p::text, 2, '0'), 'tinh ' || lpad(p::text, 2, '0'),
               'province', null, null, false, false, date '2015-01-01'
        from generate_series(1, $1::int) p`,
      params: [o.provinces],
    },
    {
      name: "departments and agencies",
      sql: `${units}
        select pr.code || '-S' || lpad(d.i::text, 2, '0'), d.name, ${fold("d.name")}, d.kind, 'agency', pr.id, d.many,
               d.kind <> 'office', date '2015-01-01'
        from org_units pr
        cross join unnest(${arr(DEPARTMENTS.map((d) => d[0]))}, ${arr(DEPARTMENTS.map((d) => d[1]))},
                          array[${DEPARTMENTS.map((d) => d[2]).join(",")}]) with ordinality as d(name, kind, many, i)
        where pr.kind = 'province'`,
    },
    {
      name: "department divisions",
      sql: `${units}
        select s.code || '-V' || v,
               case v when 1 then 'Văn phòng ' || s.name when 2 then 'Thanh tra ' || s.name
                      else 'Phòng ' || (v - 2) || ' – ' || s.name end,
               ${fold("case v when 1 then 'Văn phòng ' || s.name when 2 then 'Thanh tra ' || s.name else 'Phòng ' || (v - 2) || ' – ' || s.name end")},
               'division', null, s.id, false, false, date '2015-01-01'
        from org_units s
        cross join lateral generate_series(1, 2 + floor(pg_temp.rnd('dv:' || s.code) * 5)::int) v
        where s.tier = 'agency'`,
    },
    {
      name: "districts",
      sql: `${units}
        select pr.code || '-D' || lpad(d::text, 2, '0'), 'Huyện ' || substr(pr.code, 2) || '-' || lpad(d::text, 2, '0'),
               'huyen ' || substr(pr.code, 2) || '-' || lpad(d::text, 2, '0'),
               'district', 'district', pr.id, false, true, date '2015-01-01'
        from org_units pr
        cross join lateral generate_series(1, 9 + floor(pg_temp.rnd('d:' || pr.code) * 5)::int) d
        where pr.kind = 'province'`,
    },
    {
      name: "district divisions",
      sql: `${units}
        select di.code || '-V' || lpad(v::text, 2, '0'), 'Phòng ' || substr(di.code, 2) || '-' || lpad(v::text, 2, '0'),
               'phong ' || substr(di.code, 2) || '-' || lpad(v::text, 2, '0'),
               'division', null, di.id, false, false, date '2015-01-01'
        from org_units di cross join generate_series(1, 12) v
        where di.kind = 'district'`,
    },
    {
      name: "communes",
      sql: `${units}
        select di.code || '-C' || lpad(c::text, 3, '0'),
               'Xã ' || substr(di.code, 2) || '-' || lpad(c::text, 3, '0'),
               'xa ' || substr(di.code, 2) || '-' || lpad(c::text, 3, '0'),
               'commune', 'commune', di.id, false, true, date '2015-01-01'
        from org_units di
        cross join lateral generate_series(1, 8 + floor(pg_temp.rnd('c:' || di.code) * 15)::int) c
        where di.kind = 'district'`,
    },
    {
      name: "unit fields",
      sql: `insert into unit_fields (unit_id, field)
        select u.id, f from org_units u
        cross join unnest(array['dat_dai', 'dang_ky_kinh_doanh', 'tu_phap_ho_tich', 'xay_dung']) f
        where u.kind in ('district', 'commune')
        union all
        select u.id, m.field from org_units u
        join unnest(${arr(SECTOR_FIELDS.map((s) => s[0]))}, ${arr(SECTOR_FIELDS.map((s) => s[1]))}) m(name, field)
          on m.name = u.name
        where u.kind = 'department'`,
    },
    {
      name: "users",
      // Every account belongs to a province (issue 8 §3): the named ones to P01, each district's clerk to its own.
      sql: `insert into users (username, display_name, password_hash, province_id)
        select u.username, u.display_name, $1, (select id from org_units where code = 'P01')
        from unnest($2::text[], $3::text[]) u(username, display_name)
        union all
        select 'nb.' || lower(code), 'Văn phòng UBND ' || name, $1, province_id from org_units where kind = 'district'`,
      params: [o.passwordHash, BENCH_USERS.map((u) => u.username), BENCH_USERS.map((u) => u.displayName)],
    },
    {
      name: "role assignments",
      sql: `insert into role_assignments (user_id, role, unit_id)
        select us.id, b.role, ou.id
        from unnest($1::text[], $2::text[], $3::text[]) b(username, role, unit_code)
        join users us on us.username = b.username
        left join org_units ou on ou.code = b.unit_code and ou.valid_to is null
        union all
        select us.id, 'unit_officer', ou.id from org_units ou join users us on us.username = 'nb.' || lower(ou.code)
        where ou.kind = 'district'`,
      params: [
        BENCH_USERS.map((u) => u.username),
        BENCH_USERS.map((u) => u.role),
        BENCH_USERS.map((u) => u.unitCode),
      ],
    },
    {
      name: "plans",
      // One plan per province and year: plans are unique per (province, year). Every year uses the 2023
      // template (the bench's register keeps districts); its texts are read in the plan's own year
      // (domain templateInYear: a 2026 plan's title says "năm 2026"), so no generated row names a year.
      sql: `insert into plans (province_id, year, template_id, status, quotas, number, issued_date, issuer, approved_at)
        select pr.id, y, 'dong-nai-2023', 'approved', '{}'::jsonb, y || '/KH-UBND', make_date(y - 1, 12, 29),
               'Ủy ban nhân dân tỉnh', make_date(y - 1, 12, 29)::timestamptz
        from org_units pr cross join generate_series(${YEARS[0]}, ${YEARS[1]}) y
        where pr.kind = 'province'`,
    },
    {
      name: "numbered tier units and the draws of every inspection",
      sql: `create temp table tu as
          select split_part(code, '-', 1) pc, (row_number() over (partition by split_part(code, '-', 1) order by id))::int idx, id,
                 province_id
          from org_units where tier is not null;
        create index on tu (pc, idx);
        create temp table tc as select pc, count(*)::int n from tu group by pc;
        create temp table g as
          select tc.pc, tc.n, y, k,
                 pg_temp.rnd('t:' || tc.pc || ':' || y || ':' || k) rt, pg_temp.rnd('f:' || tc.pc || ':' || y || ':' || k) rf,
                 pg_temp.rnd('s:' || tc.pc || ':' || y || ':' || k) rs, pg_temp.rnd('d:' || tc.pc || ':' || y || ':' || k) rd,
                 pg_temp.rnd('l:' || tc.pc || ':' || y || ':' || k) rl
          from tc cross join generate_series(${YEARS[0]}, ${YEARS[1]}) y cross join generate_series(1, ${INSPECTIONS_PER_PROVINCE_YEAR}) k;
        analyze tu; analyze tc; analyze g; analyze plans;`,
    },
    {
      name: "inspections",
      sql: `insert into inspections (plan_id, target_unit_id, form, status, lead_body, areas, fields, start_date, end_date,
                                     notice_date, tentative, created_at, updated_at, decision_number, decision_date)
        select pl.id, tu.id, a.form, b.status,
               case when g.rl < 0.6 then 'so_noi_vu' when g.rl < 0.7 then 'vp_ubnd_tinh'
                    else (${arr(LEAD_BODIES)})[1 + least(6, floor((g.rl - 0.7) / 0.3 * 7)::int)] end,
               case when a.form = 'surprise' then '["1","3","4"]'::jsonb else '["1","2","3","4","5","6"]'::jsonb end,
               jsonb_build_array((array['dat_dai','dang_ky_kinh_doanh','tu_phap_ho_tich','xay_dung'])[1 + floor(g.rd * 4000)::int % 4]),
               a.sd, a.sd + 1 + floor(g.rf * 3000)::int % 3,
               case when a.form = 'announced' and b.status not in ('draft', 'scheduled', 'cancelled') then a.sd - 10 end,
               false, make_date(g.y, 1, 2)::timestamptz, make_date(g.y, 1, 2)::timestamptz,
               case when b.status <> 'draft' then g.pc || '-' || g.y || '-' || g.k || '/QĐ-SNV' end,
               case when b.status <> 'draft' then a.sd - 14 end
        from g
        join tu on tu.pc = g.pc and tu.idx = 1 + floor(g.rt * g.n)::int
        join plans pl on pl.year = g.y and pl.province_id = tu.province_id
        cross join lateral (select
            case when g.rf < 0.45 then 'announced' when g.rf < 0.65 then 'surprise'
                 when g.rf < 0.82 then 'remote_dossier' else 'remote_camera' end form,
            make_date(g.y, 1, 5) + floor(g.rd * 340)::int sd) a
        cross join lateral (select case
            when a.sd > date '${PIVOT}' then case when g.rs < 0.1 then 'cancelled' when g.rs < 0.4 then 'draft'
                 when g.rs < 0.7 or a.form <> 'announced' then 'scheduled' else 'notified' end
            when g.y < ${YEARS[1]} then case when g.rs < 0.04 then 'cancelled' when g.rs < 0.12 then 'concluded' else 'closed' end
            else case when g.rs < 0.05 then 'cancelled' when g.rs < 0.08 then 'scheduled' when g.rs < 0.2 then 'in_progress'
                 when g.rs < 0.35 then 'findings_recorded' when g.rs < 0.55 then 'concluded' else 'closed' end
          end status) b`,
    },
    { name: "analyze inspections", sql: "analyze inspections" },
    {
      name: "team members",
      sql: `insert into team_members (inspection_id, position, name, body, role)
        select i.id, p, 'Cán bộ ' || ((i.id * 7 + p) % 997),
               (array['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Sở Tư pháp'])[p], case p when 1 then 'leader' else 'member' end
        from inspections i cross join generate_series(1, 3) p where i.status <> 'draft'`,
    },
    {
      name: "findings",
      sql: `insert into findings (inspection_id, item_code, rating, note, recorded_at)
        select i.id, (${arr(ITEMS)})[1 + ((i.id % ${ITEMS.length}) + j * 5) % ${ITEMS.length}],
               (array['dat', 'chua_dat', 'co_ton_tai', 'khong_ap_dung'])[1 + floor(pg_temp.rnd('r:' || i.id || ':' || j) * 4)::int],
               'Ghi nhận ' || j, i.end_date::timestamptz
        from inspections i cross join generate_series(0, 3) j
        where i.status in ('findings_recorded', 'concluded', 'closed')`,
    },
    {
      name: "conclusions",
      sql: `insert into conclusions (inspection_id, number, date, summary, created_at)
        select id, id || '/KL-SNV', end_date + 7, 'Kết luận kiểm tra', (end_date + 7)::timestamptz
        from inspections where status in ('concluded', 'closed')`,
    },
    { name: "analyze conclusions", sql: "analyze conclusions" },
    {
      name: "recommendations: draws",
      sql: `create temp table rc as
        select c.id, c.inspection_id, c.number, c.date, i.target_unit_id, p, pg_temp.rnd('rs:' || c.id || ':' || p) x
        from conclusions c join inspections i on i.id = c.inspection_id
        cross join lateral generate_series(1, 1 + floor(pg_temp.rnd('n:' || c.id) * 3)::int) p;
        analyze rc;`,
    },
    {
      name: "recommendations",
      sql: `insert into recommendations (inspection_id, conclusion_id, unit_id, position, text, deadline, status,
                                         response, responded_on, verdict, verified_on)
        select rc.inspection_id, rc.id, rc.target_unit_id, rc.p, 'Kiến nghị ' || rc.p || ' của kết luận ' || rc.number,
               rc.date + 90, s.st,
               case when s.st <> 'open' then 'Đã khắc phục' end, case when s.st <> 'open' then rc.date + 30 end,
               case when s.st in ('resolved', 'not_resolved') then s.st end,
               case when s.st in ('resolved', 'not_resolved') then rc.date + 60 end
        from rc
        cross join lateral (select case
            when rc.date + 90 > date '${PIVOT}' then case when rc.x < 0.6 then 'open' else 'responded' end
            else case when rc.x < 0.6 then 'resolved' when rc.x < 0.7 then 'not_resolved' when rc.x < 0.85 then 'responded' else 'open' end
          end st) s`,
    },
    {
      name: "internal inspections",
      sql: `insert into internal_inspections (parent_unit_id, target_unit_id, year, start_date, end_date, areas, note, status,
                                              conducted_on, summary, created_at, updated_at)
        select u.parent_id, u.id, y, d.sd, d.sd + 1, '["2","3","4"]'::jsonb, '',
               case when d.sd + 1 <= date '${PIVOT}' then 'done' else 'planned' end,
               case when d.sd + 1 <= date '${PIVOT}' then d.sd + 1 end,
               case when d.sd + 1 <= date '${PIVOT}' then 'Đạt yêu cầu' end,
               make_date(y, 1, 10)::timestamptz, make_date(y, 1, 10)::timestamptz
        from org_units u join org_units p on p.id = u.parent_id and p.kind in ('department', 'agency', 'office', 'district')
        cross join generate_series(${YEARS[0]}, ${YEARS[1]}) y
        cross join lateral (select pg_temp.rnd('ii:' || u.id || ':' || y) x) r
        cross join lateral (select make_date(y, 2, 1) + floor(r.x * 100000)::int % 300 sd) d
        where r.x < 0.65`,
    },
    {
      name: "audit log",
      // The partition key is set here: a partitioned audit_log routes a row before any trigger could fill it.
      sql: `insert into audit_log (province_id, at, user_id, action, entity, entity_id, unit_id, before, after)
        select i.province_id, i.created_at + (i.id % 86400) * interval '1 second', null, 'create', 'inspection', i.id::text, i.target_unit_id,
               null, jsonb_build_object('form', i.form, 'status', i.status)
        from inspections i`,
    },
  ];
}
