import { TEAM_ROLE_LABELS } from "@par/domain";

/**
 * Vietnamese labels the documents need and the domain does not hold: a decision's team also names a
 * deputy and a secretary. Official documents go out in Vietnamese only, so these have no English side.
 * Status labels come from the domain (INSPECTION_STATUS_LABELS, RECOMMENDATION_STATUS_LABELS).
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
