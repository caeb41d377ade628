import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEvidenceOwnership } from "./evidence-ownership";

describe("a response cites only its inspection's evidence", () => {
  it("accepts exactly when every cited id is owned, and names the field", () => {
    const id = fc.constantFrom("a", "b", "c", "d");
    fc.assert(
      fc.property(fc.array(id), fc.uniqueArray(id), (cited, owned) => {
        const r = checkEvidenceOwnership(cited, new Set(owned));
        expect(r.ok).toBe(cited.every((x) => owned.includes(x)));
        if (!r.ok) {
          expect(r.code).toBe("RECOMMENDATION.EVIDENCE_NOT_OWNED");
          expect(r.message).toMatch(
            /^Tệp minh chứng \(evidenceFileIds\).* \/ Evidence files \(evidenceFileIds\)/,
          );
        }
      }),
    );
  });
});
