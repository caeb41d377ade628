import { PROVINCE_RECIPIENTS, type ProvinceNotificationKind, provinceDedupeKey } from "@par/domain";
import type { Db } from "../db/database";
import { insertNotifications } from "../db/notification.repository";

/** Where the province's reviewer opens the item in the admin app. */
export const PROVINCE_LINKS = {
  response_submitted: (recommendationId: number) => `/admin/responses?open=${recommendationId}`,
  self_check_submitted: (inspectionId: number) => `/admin/inspections/${inspectionId}`,
  province_report_due: () => "/admin/report-duties",
} as const satisfies Record<ProvinceNotificationKind, (id: number) => string>;

/**
 * Something a unit sent out reaches the province's own inbox, in the caller's transaction: one row per
 * sending (the dedupe key holds the sending's instant), read by the province's users whose role reviews
 * it. The row names the sending unit; its province comes from that unit (trigger of migration 0601).
 */
export async function notifyProvince(
  db: Db,
  n: {
    kind: ProvinceNotificationKind;
    unitId: number;
    itemId: number;
    subject: string;
    dueDate: string | null;
    sentAt: Date;
  },
): Promise<void> {
  await insertNotifications(db, [
    {
      unit_id: n.unitId,
      kind: n.kind,
      subject: n.subject.slice(0, 2000),
      due_date: n.dueDate,
      link: PROVINCE_LINKS[n.kind](n.itemId),
      dedupe_key: provinceDedupeKey(n.kind, n.itemId, n.sentAt),
      for_permission: PROVINCE_RECIPIENTS[n.kind],
    },
  ]);
}
