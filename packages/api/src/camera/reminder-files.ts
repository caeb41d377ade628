import { createHash, randomUUID } from "node:crypto";
import { clerkMayEdit, REMINDER_FILES_MAX, REVIEW_STATE_LABELS } from "@par/domain";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import { findReminderForStep, type ReminderRow } from "../db/camera-reminder.repository";
import type { Db } from "../db/database";
import { fail } from "../errors";
import type { EvidenceType } from "../files/evidence-rules";
import { REMINDER_SUBJECT, reminderNotFound } from "./reminder-answers";
import { reminderActorsOn, reminderStateOf } from "./reminder-dto";
import { reminderScope } from "./reminders";

/**
 * Who may attach a file to a reminder's answer: its unit's clerk (or one above it), while the answer is
 * a draft or came back, and at most REMINDER_FILES_MAX files. An invisible reminder is "not found".
 */
export async function assertMayAttachToReminder(
  q: Request,
  db: Db,
  reminderId: number,
): Promise<ReminderRow> {
  const row = await findReminderForStep(db, reminderId, reminderScope(q));
  if (!row) reminderNotFound();
  if (!reminderActorsOn(q, [...row.unit_path].reverse()).includes("clerk"))
    fail("ACCESS.OUT_OF_SCOPE", REMINDER_SUBJECT.outOfScope);
  const state = reminderStateOf(row);
  if (!clerkMayEdit(state)) {
    const l = REVIEW_STATE_LABELS[state];
    fail(
      "CAMERA.REMINDER_LOCKED",
      `Không thể thêm tệp khi trả lời đang ở trạng thái "${l.vi}" / Files cannot be added while the answer is "${l.en}"`,
      "reminderId",
    );
  }
  const { n } = await db
    .selectFrom("camera_reminder_files")
    .select((e) => e.fn.countAll<number>().as("n"))
    .where("reminder_id", "=", reminderId)
    .executeTakeFirstOrThrow();
  if (Number(n) >= REMINDER_FILES_MAX)
    fail(
      "CAMERA.REMINDER_FILES_FULL",
      `Tệp minh chứng: tối đa ${REMINDER_FILES_MAX} tệp / Evidence files: at most ${REMINDER_FILES_MAX}`,
      "file",
    );
  return row;
}

/** Stores one evidence file of the answer, checked again with the reminder locked, with its audit row. */
export function storeReminderFile(
  q: Request,
  f: { reminderId: number; fileName: string; type: EvidenceType; bytes: Buffer },
) {
  return audited(q.db, q.actor, async (trx) => {
    const row = await assertMayAttachToReminder(q, trx, f.reminderId);
    const file = await trx
      .insertInto("camera_reminder_files")
      .values({
        id: randomUUID(),
        reminder_id: row.id,
        file_name: f.fileName,
        content_type: f.type,
        size_bytes: f.bytes.length,
        sha256: createHash("sha256").update(f.bytes).digest("hex"),
        content: f.bytes,
        uploaded_by: q.user.userId,
        uploaded_at: q.now,
      })
      .returning(["id", "file_name", "content_type", "size_bytes", "sha256"])
      .executeTakeFirstOrThrow();
    const dto = {
      id: file.id,
      fileName: file.file_name,
      contentType: file.content_type,
      sizeBytes: file.size_bytes,
      url: `/files/camera/reminder-files/${file.id}`,
    };
    return {
      result: dto,
      audit: {
        action: "add_evidence",
        entity: "camera_reminder_file",
        entityId: file.id,
        unitId: row.unit_id,
        before: null,
        after: { ...dto, reminderId: row.id, sha256: file.sha256 },
      },
    };
  });
}

/** A file of a reminder the caller may read (scope in SQL through the reminder); undefined otherwise. */
export async function reminderFileFor(q: Request, id: string) {
  const meta = await q.db
    .selectFrom("camera_reminder_files")
    .select(["id", "reminder_id", "file_name", "content_type"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!meta) return undefined;
  const visible = await findReminderForStep(q.db, meta.reminder_id, reminderScope(q));
  if (!visible) return undefined;
  const { content } = await q.db
    .selectFrom("camera_reminder_files")
    .select("content")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return { ...meta, content };
}
