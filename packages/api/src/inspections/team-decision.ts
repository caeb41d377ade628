import { checkDecisionDate, type SetDecisionInput } from "@par/domain";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import { updateInspection } from "../db/inspection.repository";
import { unwrap } from "../errors";
import { assertMayAct, forChange, INSPECTION_ENTITY, notEditable, summaryOf } from "./inspection-commands";
import type { InspectionSummary } from "./inspection-dto";

/**
 * Registers the decision forming the team (quyết định thành lập đoàn): its number and date are then
 * printed on the decision and cited by the minutes and the conclusion. A cancelled inspection has none.
 */
export async function setTeamDecision(q: Request, input: SetDecisionInput): Promise<InspectionSummary> {
  return audited(q.db, q.actor, async (trx) => {
    const { row, viewer } = await forChange(q, trx, input.inspectionId, "inspectionId");
    assertMayAct(row, viewer);
    if (row.status === "cancelled") {
      notEditable(row, { vi: "ghi số quyết định", en: "record the decision" }, "inspectionId");
    }
    const check = checkDecisionDate(input.date, { year: row.year, startDate: row.start_date });
    unwrap(check, check.ok ? undefined : check.field);
    const before = await summaryOf(trx, row.id);
    await updateInspection(trx, row.id, {
      decision_number: input.number,
      decision_date: input.date,
      updated_at: q.now,
    });
    const inspection = await summaryOf(trx, row.id);
    return {
      result: inspection,
      audit: {
        action: "set_decision",
        entity: INSPECTION_ENTITY,
        entityId: row.id,
        unitId: row.target_unit_id,
        before,
        after: inspection,
      },
    };
  });
}
