import { sql } from "kysely";
import type { Db } from "../../src/db/database";
import { DEMO_USERS } from "../../src/seed/demo-users";
import { type Caller, signIn } from "./callers";
import { adminWith2023Plan } from "./inspections";
import { unitIdByCode } from "./units";

/**
 * The world of the R5 table (secrecy-table.test.ts): a 2023 plan, inspections of Sở Tư pháp that a
 * sector inspector may act on, and — only in the second half — a surprise inspection of Sở Nội vụ at
 * Phường Trảng Dài (Biên Hòa) on 14–15/06/2023 whose team borrows a Sở Tư pháp inspector.
 */
export const SECRET_DAYS = { startDate: "2023-06-14", endDate: "2023-06-15" } as const;
/** Seconded to the secret's team by Sở Tư pháp (IV.3): the one person who could be booked twice. */
export const SHARED_MEMBER = { name: "Lê Văn Kiểm", body: "Sở Tư pháp", role: "leader" as const };
/** Ids the secret and every new row take: fixed, so that both worlds number new rows alike. */
export const SECRET_ID = 4_000_001;
const NEW_ROWS_FROM = 5_000_000;

export interface World {
  planId: number;
  trangDai: number;
  hoNai: number;
  /** Thành phố Biên Hòa, the district of both wards. */
  bienHoa: number;
  /** Sở Tư pháp, Trảng Dài, 20/06: moved onto the secret's days it clashes on the unit. */
  ownSameUnit: number;
  /** Sở Tư pháp, Hố Nai, on the secret's days with SHARED_MEMBER: clashes on the team. */
  ownSameTeam: number;
  secretId: number;
  /** Văn phòng UBND tỉnh and Sở Tư pháp: bodies whose own reports the system drafts (IV.2, IV.3). */
  officeBody: number;
  sectorBody: number;
}

/** Every sequence of the schema set to `value`, so the next row of each table gets value + 1. */
export async function setSequences(db: Db, value: number): Promise<void> {
  // Identity columns' sequences: pg_class lists them (information_schema.sequences may not).
  const seqs = await sql<{ name: string }>`
    select c.oid::regclass::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'S' and n.nspname = current_schema()`.execute(db);
  for (const s of seqs.rows) await sql`select setval(${s.name}::regclass, ${value})`.execute(db);
}

/** Before every call of the table: new rows are numbered from the same value in both worlds. */
export const resetNewRowIds = (db: Db) => setSequences(db, NEW_ROWS_FROM);

export async function buildWorld(db: Db): Promise<World & { admin: Caller }> {
  const { admin, plan } = await adminWith2023Plan(db);
  const trangDai = await unitIdByCode(db, "25993");
  const hoNai = await unitIdByCode(db, "26002");
  const base = { planId: plan.id, form: "announced" as const, areas: ["4"], leadBody: "so_tu_phap" };
  const ownSameUnit = (
    await admin.inspections.create({
      ...base,
      targetUnitId: trangDai,
      startDate: "2023-06-20",
      endDate: "2023-06-20",
      noticeDate: "2023-06-09",
    })
  ).inspection.id;
  const ownSameTeam = (
    await admin.inspections.create({ ...base, targetUnitId: hoNai, ...SECRET_DAYS, noticeDate: "2023-06-05" })
  ).inspection.id;
  await admin.teams.set({ inspectionId: ownSameTeam, members: [SHARED_MEMBER] });
  return {
    admin,
    planId: plan.id,
    trangDai,
    hoNai,
    bienHoa: await unitIdByCode(db, "731"),
    ownSameUnit,
    ownSameTeam,
    secretId: SECRET_ID,
    officeBody: await unitIdByCode(db, "VPUBND"),
    sectorBody: await unitIdByCode(db, "STP"),
  };
}

/**
 * The secret, as it would stand after a silent clash: created and scheduled by Sở Nội vụ, its team
 * written straight to the table (the API would refuse Sở Nội vụ the shared member, whom it can see
 * booked; a sector inspector could have booked him later without knowing).
 */
export async function addSecret(db: Db, w: World): Promise<void> {
  await setSequences(db, SECRET_ID - 1);
  const { caller: admin } = await signIn(db, "snv.admin");
  const secret = await admin.inspections.create({
    planId: w.planId,
    targetUnitId: w.trangDai,
    form: "surprise",
    areas: ["2", "4"],
    ...SECRET_DAYS,
  });
  if (secret.inspection.id !== SECRET_ID) throw new Error(`secret got id ${secret.inspection.id}`);
  await admin.inspections.schedule({ id: SECRET_ID });
  await db
    .insertInto("team_members")
    .values([
      { inspection_id: SECRET_ID, position: 1, ...SHARED_MEMBER },
      { inspection_id: SECRET_ID, position: 2, name: "Trần Thị Nội", body: "Sở Nội vụ", role: "member" },
    ])
    .execute();
}

/** A user bound as a unit officer to the unit with `code`, signing in with the demo password. */
export async function officerOf(db: Db, username: string, code: string): Promise<void> {
  const hash = await db
    .selectFrom("users")
    .select("password_hash")
    .where("username", "=", "ubnd.bienhoa")
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto("users")
    .values({ username, display_name: username, password_hash: hash.password_hash })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("role_assignments")
    .values({ user_id: user.id, role: "unit_officer", unit_id: await unitIdByCode(db, code) })
    .execute();
}

/** Biên Hòa's first division by code: "below" the district that holds the target. */
export async function firstDivisionCode(db: Db): Promise<string> {
  const bienHoa = await unitIdByCode(db, "731");
  const row = await db
    .selectFrom("org_units")
    .select("code")
    .where("parent_id", "=", bienHoa)
    .where("kind", "=", "division")
    .orderBy("code")
    .executeTakeFirstOrThrow();
  return row.code;
}

export const DEMO_USERNAMES = DEMO_USERS.map((u) => u.username);
