import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { buildScopeFixtures } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();
const DRAFT = "Bản nháp bí mật của đơn vị: chưa khắc phục xong";
const REFUSAL =
  "Kiến nghị: câu trả lời của đơn vị chưa được gửi (đang soạn hoặc chờ lãnh đạo đơn vị ký), chưa thể xác minh / Recommendation: the unit's answer has not been sent yet (being drafted or awaiting the unit head's signature), so it cannot be verified yet";

describe("recommendations.verify waits for the unit's answer to go out (issue 9 §5)", () => {
  it("refused while the answer is drafted, awaiting the head or sent back by the head, without showing it; allowed once the head signs", async () => {
    const fx = await buildScopeFixtures(t.trx);
    const id = fx.recommendation;
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const head = (await signIn(t.trx, "ld.bienhoa")).caller;
    const province = (await signIn(t.trx, "snv.admin")).caller;
    const verify = () =>
      province.recommendations.verify({
        recommendationId: id,
        verdict: "resolved",
        verifiedOn: "2023-06-01",
      });
    const pending = async () => {
      const { inspection_id } = await t.trx
        .selectFrom("recommendations")
        .select("inspection_id")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      return (await province.inspections.get({ id: inspection_id })).recommendations.find((r) => r.id === id)!
        .answerPending;
    };
    expect(await pending()).toBe(false); // nothing started: the province may verify on its own check

    const refusedNow = async () => {
      const refusal = await failureOf(verify());
      expect(refusal).toMatchObject({ code: "CONFLICT", domainCode: "RECOMMENDATION.ANSWER_NOT_SENT" });
      expect(refusal.message).toBe(REFUSAL);
      expect(JSON.stringify(refusal)).not.toContain("Bản nháp");
      expect(await pending()).toBe(true);
    };
    await clerk.responses.save({ recommendationId: id, response: DRAFT });
    await refusedNow();
    await clerk.responses.submit({ recommendationId: id });
    await refusedNow();
    await head.responses.sendBack({ recommendationId: id, comment: "Ghi rõ ngày hoàn thành" });
    await refusedNow();
    await clerk.responses.submit({ recommendationId: id });
    await head.responses.approve({ recommendationId: id });
    expect(await pending()).toBe(false);
    expect(await verify()).toMatchObject({ status: "resolved", verdict: "resolved" });
    // Nothing was written by the refusals: one verification in the audit log.
    const audits = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "verify")
      .execute();
    expect(audits).toHaveLength(1);
  });
});
