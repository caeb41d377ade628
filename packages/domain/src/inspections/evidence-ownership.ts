import { err, ok, type Result } from "../core/result";

/**
 * A response to a recommendation may cite only evidence of that recommendation's inspection. A file of
 * another inspection is refused exactly like a file that does not exist: the message must not confirm
 * that an id names someone else's file.
 */
export function checkEvidenceOwnership(cited: readonly string[], owned: ReadonlySet<string>): Result<null> {
  const foreign = [...new Set(cited)].filter((id) => !owned.has(id));
  if (foreign.length === 0) return ok(null);
  return err("RECOMMENDATION.EVIDENCE_NOT_OWNED", {
    vi: `Tệp minh chứng (evidenceFileIds): ${foreign.length} tệp không thuộc cuộc kiểm tra của kiến nghị này`,
    en: `Evidence files (evidenceFileIds): ${foreign.length} file(s) do not belong to this recommendation's inspection`,
  });
}
