import { canOnUnit } from "@par/domain";
import type { SessionUser } from "../auth/sessions";
import type { SheetFileRow } from "../db/par-index-files.repository";

/** The unit's own people (its clerk, its head): they see its drafts. */
export function ofTheUnit(user: SessionUser, path: readonly number[]): boolean {
  return (["recommendations.respond", "selfAssessment.write", "submissions.approve"] as const).some((p) =>
    canOnUnit(user.assignments, p, path),
  );
}

export interface SheetFileDto {
  id: string;
  code: string;
  round: SheetFileRow["round"];
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
  /** GET it with the session cookie. */
  url: string;
}

export const toSheetFileDto = (f: SheetFileRow): SheetFileDto => ({
  id: f.id,
  code: f.code,
  round: f.round,
  fileName: f.file_name,
  contentType: f.content_type,
  size: f.size_bytes,
  uploadedAt: f.uploaded_at,
  url: `/files/par-index/evidence/${f.id}`,
});
