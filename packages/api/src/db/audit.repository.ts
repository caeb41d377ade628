import { sql, type Transaction } from "kysely";
import type { Database, Db } from "./database";
import { inTransaction } from "./transaction";

export interface AuditActor {
  userId: number | null;
  ip: string | null;
  now: Date;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  unitId: number | null;
  before: unknown;
  after: unknown;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * An audit row's partition key (migration 0202): the unit's province, else the actor's; 0 for national
 * or system rows. Every INSERT into audit_log sets it: a trigger cannot route a partitioned row.
 */
export function auditProvince(unitId: number | null, userId: number | null) {
  return sql<number>`coalesce(
        (select province_id from org_units where id = ${unitId}::int),
        (select province_id from users where id = ${userId}::int), 0)`;
}

export async function insertAudit(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: actor.now,
      user_id: actor.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      unit_id: entry.unitId,
      before: json(entry.before),
      after: json(entry.after),
      ip: actor.ip,
      // The partition key (migration 0202): the unit's province, else the actor's; 0 for national or
      // system rows. Computed here, in the one INSERT: a trigger cannot route a partitioned row.
      province_id: auditProvince(entry.unitId, actor.userId),
    })
    .execute();
}

/**
 * Every change goes through here: the change and its audit row commit together or not at all.
 * `change` returns its result and the audit entry describing it.
 */
export async function audited<T>(
  db: Db,
  actor: AuditActor,
  change: (trx: Transaction<Database>) => Promise<{ result: T; audit: AuditEntry }>,
): Promise<T> {
  return inTransaction(db, async (trx) => {
    const { result, audit } = await change(trx);
    await insertAudit(trx, actor, audit);
    return result;
  });
}

export interface AuditFilter {
  userId?: number | undefined;
  unitId?: number | undefined;
  /** Inclusive bounds as instants. */
  from?: Date | undefined;
  toExclusive?: Date | undefined;
  /** Only rows with an id below this (keyset pagination, newest first: the id is the sort key). */
  beforeId?: number | undefined;
  /** One province's rows (the province-wide reader's own): the audit log's leading key. */
  provinceId?: number | undefined;
  /** Restrict to the subtrees of these units (a unit-bound reader), in SQL; undefined = all. */
  scopeRoots?: readonly number[] | undefined;
  limit: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  let q = db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.user_id")
    // The unit's name travels with the row: the screen need not load the register to name it.
    .leftJoin("org_units as o", "o.id", "a.unit_id")
    .select([
      "a.id",
      "a.at",
      "a.user_id",
      "u.username",
      "a.action",
      "a.entity",
      "a.entity_id",
      "a.unit_id",
      "o.name as unit_name",
      "a.before",
      "a.after",
    ])
    .orderBy("a.id", "desc")
    .limit(f.limit);
  if (f.provinceId !== undefined) q = q.where("a.province_id", "=", f.provinceId);
  if (f.userId !== undefined) q = q.where("a.user_id", "=", f.userId);
  if (f.unitId !== undefined) q = q.where("a.unit_id", "=", f.unitId);
  if (f.from) q = q.where("a.at", ">=", f.from);
  if (f.toExclusive) q = q.where("a.at", "<", f.toExclusive);
  if (f.beforeId !== undefined) q = q.where("a.id", "<", f.beforeId);
  if (f.scopeRoots)
    q =
      f.scopeRoots.length === 0
        ? q.where(({ lit }) => lit(false))
        : // The roots' subtrees through the stored paths (GIN): one indexed predicate, any depth.
          q.where(
            "a.unit_id",
            "in",
            sql<number>`(select id from org_units where path && ${[...f.scopeRoots]}::int[])`,
          );
  return q.execute();
}

export async function countAudit(db: Db): Promise<number> {
  const row = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
