/**
 * Stable codes of expected failures and warnings. The API maps each to a transport error in one
 * place, so a new code must say which kind it is: bad input, a clash with existing data, or a refusal.
 */
export const DOMAIN_CODES = {
  "TEMPLATE.UNKNOWN": "not_found",
  "INSPECTION.OVERLAP_SAME_DAYS": "conflict",
  "INSPECTION.OVERLAP_SAME_YEAR": "warning",
  "INSPECTION.REPEAT_SAME_BODY_YEAR": "warning",
  "INSPECTION.TRANSITION_INVALID": "conflict",
  "INSPECTION.TRANSITION_FORBIDDEN": "forbidden",
  "INSPECTION.NOTICE_MISSING": "bad_input",
  "INSPECTION.UNKNOWN_AREA": "bad_input",
  "INSPECTION.UNKNOWN_FIELD": "bad_input",
  "INSPECTION.UNKNOWN_LEAD_BODY": "bad_input",
  "INSPECTION.FORM_NOT_IN_TEMPLATE": "bad_input",
  "INSPECTION.DECISION_DATE": "bad_input",
  "RECOMMENDATION.INSPECTION_CLOSED": "conflict",
  "PROPOSAL.SHORTFALL": "warning",
  "PROPOSAL.NO_DAY": "conflict",
  "RECOMMENDATION.EVIDENCE_NOT_OWNED": "bad_input",
  "SCHEDULE.END_BEFORE_START": "bad_input",
  "SCHEDULE.OUTSIDE_YEAR": "bad_input",
  "SCHEDULE.NON_WORKING_DAY": "bad_input",
  "SCHEDULE.HOLIDAY_IN_WINDOW": "bad_input",
  "SCHEDULE.NO_CALENDAR": "bad_input",
  "SCHEDULE.TEAM_BUSY": "conflict",
  "SCHEDULE.NOTICE_TOO_LATE": "bad_input",
  "SCHEDULE.NOTICE_FOR_SURPRISE": "bad_input",
  "INTERNAL.NEAR_OTHER_VISIT": "warning",
  "IDEMPOTENCY.KEY_REUSED": "conflict",
  "IDEMPOTENCY.KEY_INVALID": "bad_input",
  "REVIEW.FORBIDDEN": "forbidden",
  "REVIEW.TRANSITION_INVALID": "conflict",
  "REVIEW.COMMENT_REQUIRED": "bad_input",
  "SELF_CHECK.NOT_ANNOUNCED": "conflict",
  "SELF_CHECK.CLOSED": "conflict",
  "SELF_CHECK.INCOMPLETE": "bad_input",
  "SELF_CHECK.UNSUPPORTED": "bad_input",
} as const satisfies Record<string, "bad_input" | "conflict" | "forbidden" | "not_found" | "warning">;

export type DomainCode = keyof typeof DOMAIN_CODES;
