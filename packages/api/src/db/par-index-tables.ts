import type { IndexLevel, IndexNode, ScoringState, SheetFileRound, UnlockedUnit } from "@par/domain";
import type { ColumnType, Generated } from "kysely";

/** numeric columns come back from pg as strings; they are written as numbers. */
type NullableNumeric = ColumnType<string | null, number | null | undefined, number | null>;

/** A version of a province's PAR-index tree for a year and level (the newest is in force). */
export interface ParIndexVersionsTable {
  id: Generated<number>;
  province_id: number;
  year: number;
  level: IndexLevel;
  version: number;
  title: string;
  basis: Generated<string>;
  example: Generated<boolean>;
  nodes: ColumnType<IndexNode[], string, string>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface ParIndexDeadlinesTable {
  province_id: number;
  year: number;
  self_score_due: ColumnType<string, string, string>;
  appraisal1_due: ColumnType<string, string, string>;
  explanation_due: ColumnType<string, string, string>;
  appraisal2_due: ColumnType<string, string, string>;
}

/** A unit's scoring sheet (phiếu chấm điểm) for a year, through the rounds. */
export interface ParIndexSheetsTable {
  id: Generated<number>;
  province_id: number;
  unit_id: number;
  year: number;
  level: IndexLevel;
  version_id: number;
  state: Generated<ScoringState>;
  total: NullableNumeric;
  field_scores: ColumnType<Record<string, number> | null, string | null | undefined, string | null>;
  locked_at: Date | null;
  /** When the unit sent its explanation (round 2 may follow round 1 without one). */
  explained_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  updated_at: Generated<Date>;
}

/** An evidence file (tài liệu kiểm chứng) on a sub-criterion of a sheet, in the round it was attached. */
export interface ParIndexFilesTable {
  id: string;
  province_id: number;
  sheet_id: number;
  code: string;
  round: SheetFileRound;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number | null;
  uploaded_at: Date;
}

export interface ParIndexScoresTable {
  sheet_id: number;
  code: string;
  self_points: NullableNumeric;
  self_note: Generated<string>;
  appraisal1_points: NullableNumeric;
  appraisal1_comment: Generated<string>;
  explanation: Generated<string>;
  appraisal2_points: NullableNumeric;
  appraisal2_comment: Generated<string>;
}

/** A published ranking of a year and level (present while published). */
export interface ParIndexPublicationsTable {
  province_id: number;
  year: number;
  level: IndexLevel;
  published_at: Date;
  published_by: number | null;
  not_locked: ColumnType<UnlockedUnit[], string, string>;
}
