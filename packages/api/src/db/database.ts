import type { Role, Tier, UnitKind } from "@par/domain";
import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from "kysely";

/** Dates travel as "yyyy-mm-dd" strings (the pg DATE parser is switched off in create-db.ts). */
type IsoDateColumn = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface OrgUnitsTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** foldVietnamese(name): diacritic-insensitive search without unaccent, identical on PGlite and PostgreSQL. */
  search_name: string;
  kind: UnitKind;
  tier: Tier | null;
  parent_id: number | null;
  many_subordinates: Generated<boolean>;
  has_one_stop_shop: Generated<boolean>;
  valid_from: IsoDateColumn;
  valid_to: IsoDateColumn | null;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen database row does not give a usable cookie. */
  id: string;
  user_id: number;
  created_at: Timestamp;
  last_seen: Timestamp;
  expires_at: Timestamp;
}

export interface RoleAssignmentsTable {
  id: Generated<number>;
  user_id: number;
  role: Role;
  unit_id: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  unit_id: number | null;
  before: Json;
  after: Json;
  ip: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  at: Timestamp;
  /** Lower-cased as typed, whether or not such a user exists. */
  username: string;
  ip: string | null;
}

export interface Database {
  org_units: OrgUnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  role_assignments: RoleAssignmentsTable;
  audit_log: AuditLogTable;
  login_attempts: LoginAttemptsTable;
}

/** What repositories take first: the database or a transaction on it. */
export type Db = Kysely<Database> | Transaction<Database>;
export type RootDb = Kysely<Database>;

export type OrgUnitRow = Selectable<OrgUnitsTable>;
export type NewOrgUnit = Insertable<OrgUnitsTable>;
export type OrgUnitPatch = Updateable<OrgUnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type AuditRowRecord = Selectable<AuditLogTable>;
