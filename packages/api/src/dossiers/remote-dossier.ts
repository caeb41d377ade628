import {
  DOSSIER_RATE_LABELS,
  dossierFindings,
  formatViDate,
  itemRating,
  NewInspectionInput,
  type OpenRemoteDossierInput,
  THRESHOLD_RATES,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { unitInScope } from "../access/unit-access";
import { insertAudit } from "../db/audit.repository";
import { upsertFinding } from "../db/finding.repository";
import { insertNotifications } from "../db/notification.repository";
import { inTransaction } from "../db/transaction";
import { fail } from "../errors";
import { createInspection } from "../inspections/inspection-commands";
import { planOfYear } from "../plans/plan-commands";
import { yearThresholds } from "./thresholds";
import { dossierRatesOfUnit } from "./unit-rates";

/** The checklist items a remote dossier check rates (plan II): dossier handling, feedback, online, digitisation. */
const ITEMS = [...new Set(THRESHOLD_RATES.map((t) => t.item))];

/**
 * dossiers.openRemoteCheck (plan III.3): a remote-dossier inspection (form remote_dossier: never in the
 * on-site quotas) of one unit, created like any inspection; each checklist item it covers gets a
 * finding from the year's rates against the year's thresholds; when some rate is past its threshold
 * the unit gets a reminder in its inbox ("kịp thời hướng dẫn, đôn đốc"). All in one transaction.
 */
export async function openRemoteDossierCheck(q: Request, input: OpenRemoteDossierInput) {
  const provinceId = provinceOf(q.user);
  const unit = await unitInScope(q.db, q.user, "dossiers.write", input.unitId, "unitId");
  if (unit.province_id !== provinceId)
    fail("UNIT.NOT_FOUND", "Không tìm thấy đơn vị / Unit not found", "unitId");
  return inTransaction(q.db, async (trx) => {
    const figures = await dossierRatesOfUnit(trx, unit.id, input.year);
    if (figures.months === 0)
      fail(
        "DOSSIER.NO_FIGURES",
        `Đơn vị: "${unit.name}" chưa có số liệu hồ sơ năm ${input.year} / Unit: "${unit.name}" has no dossier figures for ${input.year}`,
        "unitId",
      );
    const { thresholds } = await yearThresholds(trx, provinceId, input.year);
    const findings = dossierFindings(figures.rates, thresholds);
    const plan = await planOfYear(trx, provinceId, input.year, "year");
    const created = await createInspection(
      { ...q, db: trx },
      NewInspectionInput.parse({
        planId: plan.id,
        targetUnitId: unit.id,
        form: "remote_dossier",
        areas: [...new Set(ITEMS.map((i) => i.split(/[.ab]/)[0]!))],
        startDate: input.date,
        endDate: input.date,
      }),
    );
    const id = created.inspection.id;
    const recorded = [];
    for (const item of ITEMS) {
      const mine = findings.filter((f) => f.item === item);
      const measured = THRESHOLD_RATES.filter((t) => t.item === item && figures.rates[t.rate] !== null);
      const note =
        mine.length > 0
          ? `Số liệu năm ${input.year} (${figures.months} tháng): ${mine.map((f) => f.text.vi).join("; ")}.`
          : measured.length > 0
            ? `Số liệu năm ${input.year} (${figures.months} tháng): ${measured.map((t) => DOSSIER_RATE_LABELS[t.rate].vi.toLowerCase()).join(", ")} đạt ngưỡng.`
            : `Số liệu năm ${input.year}: không có hồ sơ để tính.`;
      const rating = measured.length === 0 ? "khong_ap_dung" : itemRating(mine);
      const { after } = await upsertFinding(trx, {
        inspectionId: id,
        itemCode: item,
        rating,
        note,
        by: q.user.userId,
        at: q.now,
      });
      recorded.push({ itemCode: item, rating: after.rating, note: after.note });
    }
    await insertAudit(trx, q.actor, {
      action: "record_finding",
      entity: "inspection",
      entityId: id,
      unitId: unit.id,
      before: { findings: null, status: created.inspection.status },
      after: {
        findings: recorded,
        status: created.inspection.status,
        source: "dossier_stats",
        year: input.year,
      },
    });
    if (findings.length > 0)
      await insertNotifications(trx, [
        {
          unit_id: unit.id,
          kind: "dossier_reminder",
          subject: `Năm ${input.year}: ${findings.map((f) => f.text.vi).join("; ")}`.slice(0, 1000),
          due_date: null,
          link: "/portal/dossiers",
          dedupe_key: `dossier:${id}`,
        },
      ]);
    return {
      inspection: created.inspection,
      warnings: created.warnings,
      findings,
      recorded,
      reminded: findings.length > 0,
      checkedOn: formatViDate(input.date),
    };
  });
}
