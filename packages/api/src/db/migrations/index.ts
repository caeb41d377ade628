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
import * as provinceKey from "./2026_11_29_0201_province_key";
import * as partitionAuditLog from "./2026_11_29_0202_partition_audit_log";
import * as accounts from "./2026_11_29_0203_accounts";
import * as internalWork from "./2026_11_29_0301_internal_work";
import * as responseReview from "./2026_11_29_0401_response_review";
import * as selfChecks from "./2026_11_29_0402_self_checks";
import * as notifications from "./2026_11_29_0403_notifications";
import * as camera from "./2026_11_29_0501_camera";
import * as cameraStats from "./2026_11_29_0502_camera_stats";
import * as provinceKeyNewTables from "./2026_11_29_0601_province_key_new_tables";
import * as cameraReminderNotifications from "./2026_11_29_0602_camera_reminder_notifications";
import * as recommendationProvinceDeadline from "./2026_11_30_0001_recommendation_province_deadline";
import * as provinceNotifications from "./2026_11_30_0101_province_notifications";
import * as emailOutbox from "./2026_11_30_0102_email_outbox";
import * as cameraReminderAnswers from "./2026_11_30_0201_camera_reminder_answers";
import * as cameraReviewListIndexes from "./2026_11_30_0202_camera_review_list_indexes";
import * as dossierStats from "./2026_11_30_0301_dossier_stats";
import * as reportDuties from "./2026_11_30_0302_report_duties";
import * as parIndex from "./2026_11_30_0401_par_index";
import * as notificationKindsTable from "./2026_12_01_0001_notification_kinds_table";
import * as internalProvinceYearIndex from "./2026_12_01_0002_internal_province_year_index";
import * as parIndexFiles from "./2026_12_01_0101_par_index_files";
import * as parIndexNotificationKinds from "./2026_12_01_0102_par_index_notification_kinds";
import * as parIndexPublications from "./2026_12_01_0103_par_index_publications";
import * as provinceReportDue from "./2026_12_01_0201_province_report_due";
import * as provinceKeyMarksReads from "./2026_12_01_0301_province_key_marks_reads";
import * as inspectionSpanIndex from "./2026_12_01_0401_inspection_span_index";
import * as announceChanges from "./2026_12_02_0001_announce_changes";
import * as officeReportReminders from "./2026_12_02_0301_office_report_reminders";
import * as proposalHistoryIndexes from "./2026_12_02_0401_proposal_history_indexes";

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
  "2026_11_29_0201_province_key": provinceKey,
  "2026_11_29_0202_partition_audit_log": partitionAuditLog,
  "2026_11_29_0203_accounts": accounts,
  "2026_11_29_0301_internal_work": internalWork,
  "2026_11_29_0401_response_review": responseReview,
  "2026_11_29_0402_self_checks": selfChecks,
  "2026_11_29_0403_notifications": notifications,
  "2026_11_29_0501_camera": camera,
  "2026_11_29_0502_camera_stats": cameraStats,
  "2026_11_29_0601_province_key_new_tables": provinceKeyNewTables,
  "2026_11_29_0602_camera_reminder_notifications": cameraReminderNotifications,
  "2026_11_30_0001_recommendation_province_deadline": recommendationProvinceDeadline,
  "2026_11_30_0101_province_notifications": provinceNotifications,
  "2026_11_30_0102_email_outbox": emailOutbox,
  "2026_11_30_0201_camera_reminder_answers": cameraReminderAnswers,
  "2026_11_30_0202_camera_review_list_indexes": cameraReviewListIndexes,
  "2026_11_30_0301_dossier_stats": dossierStats,
  "2026_11_30_0302_report_duties": reportDuties,
  "2026_11_30_0401_par_index": parIndex,
  "2026_12_01_0001_notification_kinds_table": notificationKindsTable,
  "2026_12_01_0002_internal_province_year_index": internalProvinceYearIndex,
  "2026_12_01_0101_par_index_files": parIndexFiles,
  "2026_12_01_0102_par_index_notification_kinds": parIndexNotificationKinds,
  "2026_12_01_0103_par_index_publications": parIndexPublications,
  "2026_12_01_0201_province_report_due": provinceReportDue,
  "2026_12_01_0301_province_key_marks_reads": provinceKeyMarksReads,
  "2026_12_01_0401_inspection_span_index": inspectionSpanIndex,
  "2026_12_02_0001_announce_changes": announceChanges,
  "2026_12_02_0301_office_report_reminders": officeReportReminders,
  "2026_12_02_0401_proposal_history_indexes": proposalHistoryIndexes,
};
