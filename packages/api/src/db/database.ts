import type {
  InspectionForm,
  InspectionStatus,
  NotificationKind,
  OpenRecommendation,
  Permission,
  PlanQuotas,
  Rating,
  RecommendationStatus,
  ReviewComment,
  ReviewState,
  ReviewVerdict,
  Role,
  ScheduleConflictKind,
  Severity,
  StreamKind,
  Tier,
  UnitKind,
} from "@par/domain";
import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from "kysely";
import type { DossierCountColumns } from "./dossier-columns";
import type {
  ParIndexDeadlinesTable,
  ParIndexFilesTable,
  ParIndexPublicationsTable,
  ParIndexScoresTable,
  ParIndexSheetsTable,
  ParIndexVersionsTable,
} from "./par-index-tables";

/** Dates travel as "yyyy-mm-dd" strings (the pg DATE parser is switched off in create-db.ts). */
type IsoDateColumn = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface OrgUnitsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  code: string;
  name: string;
  /** foldVietnamese(name): diacritic-insensitive search without unaccent, identical on PGlite and PostgreSQL. */
  search_name: string;
  kind: UnitKind;
  tier: Tier | null;
  parent_id: number | null;
  /** Ids from the root down to the unit itself; kept by triggers on insert and move (migration 0101). */
  path: Generated<number[]>;
  many_subordinates: Generated<boolean>;
  has_one_stop_shop: Generated<boolean>;
  valid_from: IsoDateColumn;
  valid_to: IsoDateColumn | null;
  is_demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  /** The account's province (a register root); null for a national body (national_reader). */
  province_id: number | null;
  /** Set by an administrator's password reset (and on accounts it creates): change before anything else. */
  must_change_password: Generated<boolean>;
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  password_changed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  active: Generated<boolean>;
  /** Optional: notifications are also e-mailed here when the server has SMTP (migration 2026_11_30_0102). */
  email: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  /** The province a national reader has chosen to look at (admin app switcher); null otherwise. */
  province_id: Generated<number | null>;
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
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
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

/** A jsonb column written as JSON text and read back parsed. */
type JsonOf<T> = ColumnType<T, string, string>;

export interface PlansTable {
  /** The province (a register root) whose plan this is: unique per (province, year). */
  province_id: number;
  id: Generated<number>;
  year: number;
  template_id: string;
  status: "draft" | "approved";
  quotas: JsonOf<PlanQuotas>;
  number: string | null;
  issued_date: IsoDateColumn | null;
  issuer: string | null;
  approved_at: Date | null;
  approved_by: number | null;
  is_demo: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InspectionsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  plan_id: number;
  target_unit_id: number;
  form: InspectionForm;
  status: InspectionStatus;
  lead_body: string;
  areas: JsonOf<string[]>;
  fields: JsonOf<string[]>;
  follow_up: ColumnType<OpenRecommendation[], string | undefined, string>;
  start_date: IsoDateColumn;
  end_date: IsoDateColumn;
  notice_date: IsoDateColumn | null;
  /** Quyết định thành lập đoàn: number and date, empty until registered. */
  decision_number: string | null;
  decision_date: IsoDateColumn | null;
  tentative: Generated<boolean>;
  cancel_reason: string | null;
  is_demo: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TeamMembersTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  inspection_id: number;
  position: number;
  name: string;
  body: string;
  unit_id: number | null;
  user_id: number | null;
  role: "leader" | "member";
}

export interface FindingsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  inspection_id: number;
  item_code: string;
  rating: Rating;
  note: string;
  recorded_by: number | null;
  recorded_at: Timestamp;
}

export interface ConclusionsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  inspection_id: number;
  number: string;
  date: IsoDateColumn;
  summary: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface RecommendationsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  inspection_id: number;
  conclusion_id: number;
  unit_id: number;
  position: number;
  text: string;
  deadline: IsoDateColumn;
  status: Generated<RecommendationStatus>;
  response: string | null;
  evidence: ColumnType<string[] | null, string | null, string | null>;
  responded_on: IsoDateColumn | null;
  responded_by: number | null;
  verdict: "resolved" | "not_resolved" | null;
  verified_on: IsoDateColumn | null;
  verification_note: string | null;
  verified_by: number | null;
  is_demo: Generated<boolean>;
  /** The portal's review loop (issue 9 §5); null when nothing was drafted in the portal. */
  review_state: ReviewState | null;
  review_comments: ColumnType<ReviewComment[], string | undefined, string>;
  submitted_by: number | null;
  submitted_at: Date | null;
  approved_by: number | null;
  approved_at: Date | null;
}

/** A unit's self-check report of an announced inspection (báo cáo tự kiểm tra), through the review loop. */
export interface SelfChecksTable {
  id: Generated<number>;
  inspection_id: number;
  review_state: Generated<ReviewState>;
  review_comments: ColumnType<ReviewComment[], string | undefined, string>;
  submitted_by: number | null;
  submitted_at: Date | null;
  approved_by: number | null;
  approved_at: Date | null;
  decided_by: number | null;
  decided_at: Date | null;
  updated_at: Generated<Date>;
}

export interface SelfCheckItemsTable {
  self_check_id: number;
  item_code: string;
  rating: Rating;
  note: Generated<string>;
  justification: Generated<string>;
}

/** A notification to the people of a unit (issue 9 §8); reads are per user. */
export interface NotificationsTable {
  /** The province (a register root) of the unit; filled by a trigger (migration 0601). */
  province_id: Generated<number>;
  id: Generated<number>;
  /** The unit it is about: its addressee, or for a province notification the unit that sent something out. */
  unit_id: number;
  /** Null: addressed to the unit. Set: to the users of the province whose role holds this permission. */
  for_permission: ColumnType<Permission | null, Permission | null | undefined, Permission | null>;
  /** Set: to the users of the province who hold this role (no permission singles them out); see the domain's ROLE_REMINDER_KINDS. */
  for_role: ColumnType<Role | null, Role | null | undefined, Role | null>;
  kind: NotificationKind;
  subject: string;
  due_date: IsoDateColumn | null;
  link: string;
  dedupe_key: string | null;
  created_at: Generated<Date>;
  /** Fanned out to the e-mail outbox (or older than the sender); null while waiting. */
  mailed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** One e-mail of a notification to one recipient, sent by the background sender (notifications/email-outbox.ts). */
export interface EmailOutboxTable {
  id: Generated<number>;
  notification_id: number;
  user_id: number;
  to_address: string;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  sent_at: Date | null;
  last_error: string | null;
  created_at: Generated<Date>;
}

/** The kinds a notification may have (migration 2026_12_01_0001): one row per kind, added by inserts. */
export interface NotificationKindsTable {
  kind: string;
}

export interface NotificationReadsTable {
  /** The notification's province; filled by a trigger (migration 2026_12_01_0301). */
  province_id: Generated<number>;
  notification_id: number;
  user_id: number;
  read_at: Generated<Date>;
}

export interface InternalInspectionsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  parent_unit_id: number;
  target_unit_id: number;
  year: number;
  start_date: IsoDateColumn;
  end_date: IsoDateColumn;
  areas: JsonOf<string[]>;
  note: Generated<string>;
  status: Generated<"planned" | "done" | "concluded" | "closed">;
  conducted_on: IsoDateColumn | null;
  summary: string | null;
  decision_number: string | null;
  decision_date: IsoDateColumn | null;
  notice_number: string | null;
  is_demo: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** R9: a department → a unit in its field of management outside its own tree (kept by Sở Nội vụ). */
export interface FieldOversightTable {
  department_id: number;
  unit_id: number;
  created_by: number | null;
  created_at: Timestamp;
}

export interface InternalTeamMembersTable {
  id: Generated<number>;
  internal_id: number;
  name: string;
  position: string;
  role: "lead" | "member" | "secretary";
}

/** One finding per IV.4 ¶2 checklist item of an internal inspection. */
export interface InternalFindingsTable {
  internal_id: number;
  item_code: string;
  rating: "dat" | "chua_dat" | "co_ton_tai" | "khong_ap_dung";
  note: string;
  updated_at: Timestamp;
}

/** A recommendation (kiến nghị) of an internal conclusion, followed until done. */
export interface InternalRecommendationsTable {
  id: Generated<number>;
  internal_id: number;
  text: string;
  deadline: IsoDateColumn;
  status: Generated<"open" | "done">;
  done_on: IsoDateColumn | null;
  outcome: string | null;
  created_at: Timestamp;
}

/** An evidence file of an internal finding: the same shape and checks as evidence_files. */
export type InternalEvidenceFilesTable = Omit<EvidenceFilesTable, "inspection_id"> & { internal_id: number };

/** An evidence file of a finding (ảnh, PDF): metadata and the bytes. */
export interface EvidenceFilesTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: string;
  inspection_id: number;
  item_code: string;
  file_name: string;
  content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}

/** R6: a field (template field code) the unit handles dossiers in. */
export interface UnitFieldsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  unit_id: number;
  field: string;
}

/** R10: a conclusion of a competent body made outside this system, imported (kết luận trước đây). */
export interface EarlierConclusionsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  unit_id: number;
  issuer: string;
  issuer_kind: "thanh_tra" | "so_noi_vu" | "bo" | "khac";
  number: string;
  date: IsoDateColumn;
  summary: Generated<string>;
  is_demo: Generated<boolean>;
  imported_by: number | null;
  imported_at: Timestamp;
}

export interface EarlierRecommendationsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  conclusion_id: number;
  unit_id: number;
  position: number;
  text: string;
  deadline: IsoDateColumn | null;
  status: Generated<"open" | "resolved" | "not_resolved">;
}

/** A merge or split: the predecessor's history continues in the successor from the effective date. */
export interface UnitSuccessionsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  predecessor_id: number;
  successor_id: number;
  kind: "merge" | "split";
  effective_date: IsoDateColumn;
  created_by: number | null;
  created_at: Timestamp;
}

/** A name a unit bore until `valid_to`, before a rename. */
export interface UnitFormerNamesTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  unit_id: number;
  name: string;
  valid_to: IsoDateColumn;
  created_at: Timestamp;
}

/** A clash with an inspection its author could not see (R5): recorded, not refused. */
export interface ScheduleConflictsTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  inspection_id: number;
  hidden_inspection_id: number;
  kind: ScheduleConflictKind;
  member: string | null;
  first_day: IsoDateColumn;
  detected_at: Timestamp;
  detected_by: number | null;
  resolved_at: Date | null;
  resolved_by: number | null;
  note: string | null;
}

/** A remembered create or upload (see src/idempotency); the answer is superjson's { json, meta }. */
export interface IdempotencyKeysTable {
  /** The province (a register root) the row belongs to; filled by a trigger (migration 0201). */
  province_id: Generated<number>;
  id: Generated<number>;
  user_id: number;
  key: string;
  path: string;
  request_hash: string;
  response: JsonOf<unknown>;
  created_at: Timestamp;
}

export interface Database {
  org_units: OrgUnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  role_assignments: RoleAssignmentsTable;
  audit_log: AuditLogTable;
  login_attempts: LoginAttemptsTable;
  plans: PlansTable;
  inspections: InspectionsTable;
  team_members: TeamMembersTable;
  findings: FindingsTable;
  conclusions: ConclusionsTable;
  recommendations: RecommendationsTable;
  self_checks: SelfChecksTable;
  self_check_items: SelfCheckItemsTable;
  notifications: NotificationsTable;
  notification_kinds: NotificationKindsTable;
  notification_reads: NotificationReadsTable;
  email_outbox: EmailOutboxTable;
  internal_inspections: InternalInspectionsTable;
  evidence_files: EvidenceFilesTable;
  unit_fields: UnitFieldsTable;
  earlier_conclusions: EarlierConclusionsTable;
  earlier_recommendations: EarlierRecommendationsTable;
  unit_successions: UnitSuccessionsTable;
  unit_former_names: UnitFormerNamesTable;
  schedule_conflicts: ScheduleConflictsTable;
  idempotency_keys: IdempotencyKeysTable;
  field_oversight: FieldOversightTable;
  internal_team_members: InternalTeamMembersTable;
  internal_findings: InternalFindingsTable;
  internal_recommendations: InternalRecommendationsTable;
  internal_evidence_files: InternalEvidenceFilesTable;
  camera_counters: CameraCountersTable;
  camera_samples: CameraSamplesTable;
  camera_sample_windows: CameraSampleWindowsTable;
  camera_reviews: CameraReviewsTable;
  camera_review_marks: CameraReviewMarksTable;
  camera_snapshots: CameraSnapshotsTable;
  camera_reminders: CameraRemindersTable;
  camera_reminder_files: CameraReminderFilesTable;
  camera_monthly_stats: CameraMonthlyStatsTable;
  dossier_stats: DossierStatsTable;
  dossier_thresholds: DossierThresholdsTable;
  report_due_dates: ReportDueDatesTable;
  report_sent: ReportSentTable;
  par_index_versions: ParIndexVersionsTable;
  par_index_deadlines: ParIndexDeadlinesTable;
  par_index_sheets: ParIndexSheetsTable;
  par_index_scores: ParIndexScoresTable;
  par_index_files: ParIndexFilesTable;
  par_index_publications: ParIndexPublicationsTable;
}

/** A counter (quầy) of a one-stop shop and its camera; the stream address and credentials never leave the server. */
export interface CameraCountersTable {
  id: Generated<number>;
  shop_unit_id: number;
  number: number;
  name: string;
  fields: ColumnType<string[], string[] | undefined, string[]>;
  stream_kind: StreamKind;
  stream_url: string | null;
  stream_username: string | null;
  stream_password: string | null;
  last_frame_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CameraSamplesTable {
  id: Generated<number>;
  /** Each province draws its own sample (issue 8 §3). */
  province_id: number;
  date: IsoDateColumn;
  /** bigint: pg returns it as a string. */
  seed: ColumnType<string, number, number>;
  settings: JsonOf<unknown>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface CameraSampleWindowsTable {
  id: Generated<number>;
  sample_id: number;
  counter_id: number;
  stratum: string;
  start_at: Date;
  end_at: Date;
}

export interface CameraReviewsTable {
  id: Generated<number>;
  client_id: string;
  content_hash: string;
  counter_id: number;
  unit_id: number;
  reviewer_id: number;
  watched_from: Date;
  watched_to: Date;
  items: string[];
  severity: Severity;
  verdict: ReviewVerdict;
  note: string;
  snapshot_ids: string[];
  sample_window_id: number | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface CameraReviewMarksTable {
  /** The review's province; filled by a trigger (migration 2026_12_01_0301). */
  province_id: Generated<number>;
  review_id: number;
  user_id: number;
  marked_at: Date;
}

export interface CameraSnapshotsTable {
  id: string;
  counter_id: number;
  unit_id: number;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number | null;
  uploaded_at: Date;
}

/** Monthly figures per unit ('' = totals, else violations per checklist item), kept by each review's insert. */
export interface CameraMonthlyStatsTable {
  unit_id: number;
  month: IsoDateColumn;
  item: string;
  reviews: Generated<number>;
  from_sample: Generated<number>;
  violations: Generated<number>;
}

/** Nhắc nhở: a violation seen on camera, sent to the unit with its snapshots. */
export interface CameraRemindersTable {
  id: Generated<number>;
  review_id: number;
  unit_id: number;
  counter_id: number;
  items: string[];
  note: string;
  snapshot_ids: string[];
  status: Generated<"open" | "answered" | "accepted">;
  created_at: Date;
  /** The unit's answer through the review loop (migration 2026_11_30_0201). */
  response: string | null;
  review_state: ReviewState | null;
  review_comments: ColumnType<ReviewComment[], string | undefined, string>;
  submitted_by: number | null;
  submitted_at: Date | null;
  approved_by: number | null;
  approved_at: Date | null;
  verified_by: number | null;
  verified_at: Date | null;
}

/** An evidence file the unit attached to its answer to a camera reminder: the shape of evidence_files. */
export interface CameraReminderFilesTable {
  id: string;
  reminder_id: number;
  file_name: string;
  content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number | null;
  uploaded_at: Date;
}

/** A unit's month of dossier counts (issue 11 §1): the domain's DossierCounts, in snake case. */
export interface DossierStatsTable extends DossierCountColumns {
  province_id: number;
  unit_id: number;
  /** yyyy-mm-01. */
  month: IsoDateColumn;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

/** The province's thresholds of the remote dossier check for a year (issue 11 §2). */
export interface DossierThresholdsTable {
  province_id: number;
  year: number;
  thresholds: ColumnType<Record<string, number>, string, string>;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

/** A province's due date of a report kind and period in a year (issue 11 §6). */
export interface ReportDueDatesTable {
  province_id: number;
  year: number;
  kind: string;
  period: string;
  due_date: IsoDateColumn;
}

/** A body sent a report (kind, year, period), with the file it uploaded if any. */
export interface ReportSentTable {
  province_id: number;
  body_unit_id: number;
  year: number;
  kind: string;
  period: string;
  sent_at: Date;
  sent_by: number | null;
  note: Generated<string>;
  file_name: string | null;
  content: Buffer | null;
}

/** What repositories take first: the database or a transaction on it. */
export type Db = Kysely<Database> | Transaction<Database>;
export type RootDb = Kysely<Database>;

export type OrgUnitRow = Selectable<OrgUnitsTable>;
export type NewOrgUnit = Insertable<OrgUnitsTable>;
export type OrgUnitPatch = Updateable<OrgUnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type AuditRowRecord = Selectable<AuditLogTable>;
export type PlanRow = Selectable<PlansTable>;
export type InspectionRow = Selectable<InspectionsTable>;
export type NewInspection = Insertable<InspectionsTable>;
export type InspectionPatch = Updateable<InspectionsTable>;
export type TeamMemberRow = Selectable<TeamMembersTable>;
export type FindingRow = Selectable<FindingsTable>;
export type ConclusionRow = Selectable<ConclusionsTable>;
export type RecommendationRow = Selectable<RecommendationsTable>;
export type InternalInspectionRow = Selectable<InternalInspectionsTable>;
export type EvidenceFileRow = Selectable<EvidenceFilesTable>;
