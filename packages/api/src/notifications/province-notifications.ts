import { PROVINCE_RECIPIENTS, type ProvinceNotificationKind, provinceDedupeKey } from "@par/domain";
import type { Db } from "../db/database";
import { insertNotifications } from "../db/notification.repository";

interface LinkTo {
  itemId: number;
  unitId: number;
  /** The year of a yearly item (a PAR-index sheet). */
  year?: number;
}

/** Where the province's reviewer opens the item in the admin app. */
export const PROVINCE_LINKS = {
  response_submitted: (n: LinkTo) => `/admin/responses?open=${n.itemId}`,
  self_check_submitted: (n: LinkTo) => `/admin/inspections/${n.itemId}`,
  par_index_submitted: (n: LinkTo) => `/admin/par-index/${n.year}/units/${n.unitId}`,
  par_index_explained: (n: LinkTo) => `/admin/par-index/${n.year}/units/${n.unitId}`,
  province_report_due: () => "/admin/report-duties",
} as const satisfies Record<ProvinceNotificationKind, (n: LinkTo) => string>;

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
    year?: number;
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
      link: PROVINCE_LINKS[n.kind](n),
      dedupe_key: provinceDedupeKey(n.kind, n.itemId, n.sentAt),
      for_permission: PROVINCE_RECIPIENTS[n.kind],
    },
  ]);
}
