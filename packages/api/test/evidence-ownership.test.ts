import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { seedEvidence } from "./helpers/files";
import { buildScopeFixtures } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { snapshotCounts } from "./helpers/units";

const t = useTestDb();

describe("a response to a recommendation cites only its own inspection's evidence", () => {
  it("refuses a file of another inspection, and an unknown file, alike, naming evidenceFileIds; writes nothing", async () => {
    const fx = await buildScopeFixtures(t.trx);
    const rec = await t.trx
      .selectFrom("recommendations")
      .select(["inspection_id", "status"])
      .where("id", "=", fx.recommendation)
      .executeTakeFirstOrThrow();
    const own = await seedEvidence(t.trx, rec.inspection_id);
    const foreign = await seedEvidence(t.trx, fx.inProgress);
    const { caller: officer } = await signIn(t.trx, "ubnd.bienhoa");
    const before = await snapshotCounts(t.trx);

    const answers = [];
    for (const evidenceFileIds of [[own, foreign], ["5b0f3d2e-1c4a-4f7e-9a61-3c2b1d0e9f88"]]) {
      const f = await failureOf(
        officer.recommendations.respond({
          recommendationId: fx.recommendation,
          response: "Đã khắc phục, kèm minh chứng",
          evidenceFileIds,
        }),
      );
      expect(f).toMatchObject({ code: "BAD_REQUEST", domainCode: "RECOMMENDATION.EVIDENCE_NOT_OWNED" });
      expect(f.fieldErrors.evidenceFileIds?.[0]).toMatch(/^Tệp minh chứng \(evidenceFileIds\).* \/ /);
      answers.push(f.message);
    }
    // The same words whether the file exists elsewhere or not at all: no existence leak.
    expect(answers[0]).toBe(answers[1]);
    expect(await snapshotCounts(t.trx)).toEqual(before);
    const still = await t.trx
      .selectFrom("recommendations")
      .select(["status", "evidence"])
      .where("id", "=", fx.recommendation)
      .executeTakeFirstOrThrow();
    expect(still).toEqual({ status: rec.status, evidence: null });

    const ok = await officer.recommendations.respond({
      recommendationId: fx.recommendation,
      response: "Đã khắc phục, kèm minh chứng",
      evidenceFileIds: [own],
    });
    expect(ok.status).toBe("responded");
  });
});
