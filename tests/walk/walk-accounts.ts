import { createRequire } from "node:module";

/** Who walks which app, on each data set: the same roles, the accounts each data set has. */
export interface Walker {
  role: string;
  username: string;
  password: string;
}

const DEMO_PASSWORD = process.env.PAR_DEMO_PASSWORD ?? "DongNai@2023";
/** bench/national/generate.ts BENCH_PASSWORD. */
const NATIONAL_PASSWORD = "Bench@National2026";

export const national = Boolean(process.env.WALK_DATABASE_URL);
export const dataSet = national ? "national" : "dongnai";

const accounts = (password: string, names: Record<string, string>): Record<string, Walker> =>
  Object.fromEntries(Object.entries(names).map(([role, username]) => [role, { role, username, password }]));

export const WALKERS = national
  ? accounts(NATIONAL_PASSWORD, {
      admin: "nb.admin",
      leader: "nb.leader",
      sector: "nb.sector",
      districtClerk: "nb.district",
      districtHead: "nb.head",
      departmentClerk: "nb.dept",
      camera: "nb.camera",
    })
  : accounts(DEMO_PASSWORD, {
      admin: "snv.admin",
      leader: "lanhdao",
      sector: "so.tuphap",
      districtClerk: "ubnd.bienhoa",
      districtHead: "ld.bienhoa",
      departmentClerk: "so.gddt",
      camera: "camera.1",
    });

/**
 * The national data set has no district head: one is added (idempotently) beside the district clerk,
 * with the same password, so the walk signs in as every role the demo has.
 */
export async function ensureNationalHead(databaseUrl: string): Promise<void> {
  const pg = createRequire(new URL("../../packages/api/package.json", import.meta.url))("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`insert into users (username, display_name, password_hash, province_id)
      select 'nb.head', 'Lãnh đạo UBND Huyện 01-01', password_hash, province_id from users
      where username = 'nb.district' and not exists (select 1 from users where username = 'nb.head')`);
    await client.query(`insert into role_assignments (user_id, role, unit_id)
      select u.id, 'unit_head', o.id from users u, org_units o
      where u.username = 'nb.head' and o.code = 'P01-D01' and o.valid_to is null
        and not exists (select 1 from role_assignments r where r.user_id = u.id)`);
  } finally {
    await client.end();
  }
}
