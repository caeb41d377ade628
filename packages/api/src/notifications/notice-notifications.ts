import type { Db } from "../db/database";
import type { InspectionListRow } from "../db/inspection.repository";
import { insertNotifications } from "../db/notification.repository";

/** The notice of an announced inspection and the request for its self-check report, to the target unit. */
export async function notifyNotice(trx: Db, row: InspectionListRow): Promise<void> {
  if (row.form !== "announced") return;
  const link = `/portal/self-checks/${row.id}`;
  await insertNotifications(trx, [
    { unit_id: row.target_unit_id, kind: "notice", subject: row.unit_name, due_date: row.start_date, link },
    {
      unit_id: row.target_unit_id,
      kind: "self_check_requested",
      subject: row.unit_name,
      due_date: row.start_date,
      link,
      dedupe_key: `selfcheck:${row.id}`,
    },
  ]);
}
