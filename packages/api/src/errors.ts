import { DOMAIN_CODES, type DomainCode } from "@par/domain";
import { TRPCError } from "@trpc/server";

type FailureKind =
  | "bad_input"
  | "conflict"
  | "forbidden"
  | "not_found"
  | "unauthorized"
  | "too_many"
  | "warning";

/** Codes of the API's own expected failures (the domain package owns the rest). */
export const API_CODES = {
  "AUTH.INVALID_CREDENTIALS": "unauthorized",
  "AUTH.SESSION_REQUIRED": "unauthorized",
  "AUTH.RATE_LIMITED": "too_many",
  "ACCESS.PERMISSION": "forbidden",
  "ACCESS.OUT_OF_SCOPE": "forbidden",
  "AUTH.PASSWORD_CHANGE_REQUIRED": "forbidden",
  "AUTH.WRONG_PASSWORD": "bad_input",
  "AUTH.WEAK_PASSWORD": "bad_input",
  "PROVINCE.NONE": "not_found",
  "PROVINCE.NOT_FOUND": "not_found",
  "USER.NOT_FOUND": "not_found",
  "USER.USERNAME_TAKEN": "conflict",
  "USER.ROLE_UNIT": "bad_input",
  "USER.SELF_DISABLE": "conflict",
  "UNIT.NOT_FOUND": "not_found",
  "UNIT.PARENT_NOT_FOUND": "bad_input",
  "UNIT.PARENT_KIND": "bad_input",
  "UNIT.PARENT_NOT_VALID": "bad_input",
  "UNIT.VALIDITY": "bad_input",
  "UNIT.CODE_TAKEN": "conflict",
  "UNIT.OPEN_CHILDREN": "conflict",
  "UNIT.CHILDREN_START_EARLIER": "conflict",
  "PLAN.NOT_FOUND": "not_found",
  "PLAN.YEAR_TAKEN": "conflict",
  "PLAN.TEMPLATE_YEAR": "bad_input",
  "PLAN.APPROVED": "conflict",
  "PLAN.QUOTA_BELOW_TEMPLATE": "bad_input",
  "INSPECTION.NOT_FOUND": "not_found",
  "INSPECTION.LEAD_BODY_FORBIDDEN": "forbidden",
  "INSPECTION.OUTSIDE_FIELD": "forbidden",
  "INSPECTION.TARGET_KIND": "bad_input",
  "INSPECTION.TARGET_NOT_VALID": "bad_input",
  "INSPECTION.NOT_EDITABLE": "conflict",
  "INSPECTION.START_BEFORE_DATE": "conflict",
  "INSPECTION.ITEM_NOT_IN_CHECKLIST": "bad_input",
  "INSPECTION.FINDINGS_INCOMPLETE": "conflict",
  "INSPECTION.CONCLUSION_DATE": "bad_input",
  "INSPECTION.ALREADY_PLANNED": "conflict",
  "TEAM.MEMBER_UNKNOWN": "bad_input",
  "RECOMMENDATION.NOT_FOUND": "not_found",
  "RECOMMENDATION.ANSWER_NOT_SENT": "conflict",
  "RECOMMENDATION.STATE": "conflict",
  "RECOMMENDATION.DATE": "bad_input",
  "RECOMMENDATION.RESPONSE_MISSING": "bad_input",
  "INTERNAL.NOT_FOUND": "not_found",
  "INTERNAL.NOT_A_PARENT": "bad_input",
  "INTERNAL.NOT_DIRECT": "bad_input",
  "INTERNAL.STATE": "conflict",
  "INTERNAL.DATE": "bad_input",
  "INTERNAL.TEAM_MISSING": "conflict",
  "INTERNAL.FINDINGS_MISSING": "conflict",
  "INTERNAL.DEADLINE": "bad_input",
  "INTERNAL.RECOMMENDATION_NOT_FOUND": "not_found",
  "INTERNAL.NOT_IN_FIELD": "bad_input",
  "INTERNAL.UNIT_REQUIRED": "bad_input",
  "FILE.NOT_FOUND": "not_found",
  "FILE.MISSING": "bad_input",
  "FILE.TOO_LARGE": "bad_input",
  "FILE.TYPE": "bad_input",
  "DOCUMENT.UNKNOWN": "not_found",
  "DOCUMENT.NOT_AVAILABLE": "conflict",
  "IMPORT.FILE": "bad_input",
  "IMPORT.INVALID": "bad_input",
  "IMPORT.CHANGED": "conflict",
  "INPUT.UNSAFE_TEXT": "bad_input",
  "INPUT.BAD_CURSOR": "bad_input",
  "UNIT.FIELD_UNKNOWN": "bad_input",
  "RESTRUCTURE.UNKNOWN": "not_found",
  "RESTRUCTURE.INVALID": "bad_input",
  "CONFLICT.NOT_FOUND": "not_found",
  "CONFLICT.RESOLVED": "conflict",
  "DOSSIER.NO_FIGURES": "conflict",
  "REPORT.PERIOD": "bad_input",
  "REPORT.FILE": "bad_input",
  "REPORT.NOT_OWED": "bad_input",
  "REPORT.NO_FILE": "not_found",
  "CAMERA.COUNTER_NOT_FOUND": "not_found",
  "CAMERA.NOT_ONE_STOP_SHOP": "bad_input",
  "CAMERA.NUMBER_TAKEN": "conflict",
  "CAMERA.STREAM_URL_REQUIRED": "bad_input",
  "CAMERA.REVIEW_ID_REUSED": "conflict",
  "CAMERA.SNAPSHOT_UNKNOWN": "bad_input",
  "CAMERA.STREAM_UNAVAILABLE": "not_found",
  "CAMERA.REMINDER_NOT_FOUND": "not_found",
  "CAMERA.REMINDER_ANSWER_MISSING": "bad_input",
  "CAMERA.REMINDER_FILES_FULL": "conflict",
  "CAMERA.REMINDER_LOCKED": "conflict",
} as const satisfies Record<string, FailureKind>;

export type FailureCode = DomainCode | keyof typeof API_CODES;

/** The one map from a failure's kind to a tRPC code. */
const TRPC_CODE_OF_KIND = {
  bad_input: "BAD_REQUEST",
  conflict: "CONFLICT",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  unauthorized: "UNAUTHORIZED",
  too_many: "TOO_MANY_REQUESTS",
  warning: "CONFLICT",
} as const satisfies Record<FailureKind, TRPCError["code"]>;

function kindOf(code: FailureCode): FailureKind {
  return code in API_CODES ? API_CODES[code as keyof typeof API_CODES] : DOMAIN_CODES[code as DomainCode];
}

/** An expected failure; the error formatter turns it into `data.domainCode` and `data.fieldErrors`. */
export class Failure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "Failure";
  }
}

/** Throws the tRPC error for an expected failure. `message` is "Vietnamese / English". */
export function fail(code: FailureCode, message: string, field?: string): never {
  throw new TRPCError({
    code: TRPC_CODE_OF_KIND[kindOf(code)],
    message,
    cause: new Failure(code, message, field),
  });
}

/** Unwraps a domain Result, throwing its failure. */
export function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; code: DomainCode; message: string },
  field?: string,
): T {
  if (!result.ok) fail(result.code, result.message, field);
  return result.value;
}
