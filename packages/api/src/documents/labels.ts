import { type InspectionStatus, TEAM_ROLE_LABELS, VERDICT_LABELS } from "@par/domain";

/**
 * Vietnamese labels the documents need and the domain does not (yet) hold. Official documents go out
 * in Vietnamese only, so these have no English side.
 */

/** Roles in an inspection team (nhiệm vụ trong đoàn). The domain's team roles are leader and member; a decision also names a deputy and a secretary. */
export const DOCUMENT_TEAM_ROLES = ["leader", "deputy", "member", "secretary"] as const;
export type DocumentTeamRole = (typeof DOCUMENT_TEAM_ROLES)[number];
export const TEAM_ROLE_VI = {
  leader: TEAM_ROLE_LABELS.leader.vi,
  deputy: "Phó Trưởng đoàn",
  member: TEAM_ROLE_LABELS.member.vi,
  secretary: "Thư ký",
} as const satisfies Record<DocumentTeamRole, string>;

/** The leader first and the secretary last, as decisions and minutes list a team; otherwise the caller's order. */
export function byTeamRole<T extends { role: DocumentTeamRole }>(team: readonly T[]): T[] {
  return [...team].sort((a, b) => DOCUMENT_TEAM_ROLES.indexOf(a.role) - DOCUMENT_TEAM_ROLES.indexOf(b.role));
}

export const INSPECTION_STATUS_VI = {
  draft: "Dự kiến",
  scheduled: "Đã lên lịch",
  notified: "Đã thông báo",
  in_progress: "Đang kiểm tra",
  findings_recorded: "Đã lập biên bản",
  concluded: "Đã kết luận",
  closed: "Đã kết thúc",
  cancelled: "Đã hủy",
} as const satisfies Record<InspectionStatus, string>;

/** Follow-up of a recommendation (kiến nghị): open, answered by the unit, then verified one way or the other. */
export const RECOMMENDATION_STATUSES = ["open", "responded", "resolved", "not_resolved"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_VI = {
  open: "Chưa thực hiện",
  responded: "Đơn vị đã báo cáo, chờ xác minh",
  resolved: VERDICT_LABELS.resolved.vi,
  not_resolved: VERDICT_LABELS.not_resolved.vi,
} as const satisfies Record<RecommendationStatus, string>;
