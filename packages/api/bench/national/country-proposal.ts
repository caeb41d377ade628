/**
 * The whole country's proposal (issue 8 §4, "for the whole country ≤ 2 s"). Plans are per province
 * (§3), so no single request proposes for the country: the country's proposal is every province's,
 * each by its own Sở Nội vụ. This signs in an administrator per province (added to the data set if
 * missing) and runs the 63 proposals one after another through HTTP; the figure is their total.
 */
import type pg from "pg";
import { signIn } from "./server";

export interface CountryProposal {
  provinces: number;
  totalMs: number;
  p50: number;
  max: number;
}

/** One province_admin per province, `nb.admin.<code>`, with nb.admin's password. */
async function ensureProvinceAdmins(db: pg.Pool): Promise<string[]> {
  await db.query(`
    insert into users (username, display_name, password_hash, province_id)
    select 'nb.admin.' || lower(pr.code), 'Sở Nội vụ ' || pr.name,
           (select password_hash from users where username = 'nb.admin'), pr.id
    from org_units pr where pr.kind = 'province'
    on conflict (username) do nothing`);
  await db.query(`
    insert into role_assignments (user_id, role, unit_id)
    select us.id, 'province_admin', null from users us
    where us.username like 'nb.admin.%'
      and not exists (select 1 from role_assignments ra where ra.user_id = us.id)`);
  const rows = await db.query<{ username: string }>(
    "select username from users where username like 'nb.admin.%' order by username",
  );
  return rows.rows.map((r) => r.username);
}

export async function countryProposal(
  db: pg.Pool,
  base: string,
  password: string,
  year: number,
): Promise<CountryProposal> {
  const admins = await ensureProvinceAdmins(db);
  const cookies: string[] = [];
  for (const username of admins) cookies.push(await signIn(base, username, password));
  const path = `/trpc/proposal.run?input=${encodeURIComponent(JSON.stringify({ json: { year } }))}`;
  const times: number[] = [];
  const started = performance.now();
  for (const cookie of cookies) {
    const t = performance.now();
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    if (res.status !== 200)
      throw new Error(`proposal.run: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  const totalMs = performance.now() - started;
  times.sort((a, b) => a - b);
  return {
    provinces: times.length,
    totalMs,
    p50: times[Math.floor(times.length / 2)] ?? Number.NaN,
    max: times.at(-1) ?? Number.NaN,
  };
}
