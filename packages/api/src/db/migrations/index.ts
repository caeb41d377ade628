import type { Migration } from "kysely/migration";
import * as foundation from "./2025_11_26_0001_foundation";
import * as plansInspections from "./2025_11_28_0001_plans_inspections";
import * as evidenceFiles from "./2025_12_02_0001_evidence_files";
import * as scheduleConflicts from "./2026_11_28_0001_schedule_conflicts";
import * as history from "./2026_11_28_0002_history";
import * as unitSuccessions from "./2026_11_28_0003_unit_successions";
import * as inspectionDecision from "./2026_11_28_0004_inspection_decision";
import * as unitPaths from "./2026_11_28_0101_unit_paths";
import * as listKeysets from "./2026_11_28_0102_list_keysets";
import * as idempotencyKeys from "./2026_11_28_0103_idempotency_keys";
import * as followUpSortIndexes from "./2026_11_29_0101_follow_up_sort_indexes";

/** Listed in code, not read from the folder: FileMigrationProvider cannot load .ts on Node 20, and bundles keep this. */
export const migrations: Record<string, Migration> = {
  "2025_11_26_0001_foundation": foundation,
  "2025_11_28_0001_plans_inspections": plansInspections,
  "2025_12_02_0001_evidence_files": evidenceFiles,
  "2026_11_28_0001_schedule_conflicts": scheduleConflicts,
  "2026_11_28_0002_history": history,
  "2026_11_28_0003_unit_successions": unitSuccessions,
  "2026_11_28_0004_inspection_decision": inspectionDecision,
  "2026_11_28_0101_unit_paths": unitPaths,
  "2026_11_28_0102_list_keysets": listKeysets,
  "2026_11_28_0103_idempotency_keys": idempotencyKeys,
  "2026_11_29_0101_follow_up_sort_indexes": followUpSortIndexes,
};
