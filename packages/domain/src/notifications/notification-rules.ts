import { z } from "zod";

/** What a notification is about (issue 9 §8). */
export const NOTIFICATION_KINDS = [
  "notice", // the province notified an announced inspection of the unit
  "self_check_requested", // …and asks for its self-check report before the visit
  "deadline_near", // a recommendation's deadline is close
  "deadline_overdue", // …or past
  "response_returned", // a response or a self-check came back with comments
  "response_accepted", // …or was accepted
  "camera_reminder", // a camera reviewer saw a violation at one of the unit's one-stop counters (issue 10 §7)
  "dossier_reminder", // a remote dossier check found rates past the year's thresholds (issue 11 §2)
  "report_due", // a report the unit owes is due soon or overdue (issue 11 §6)
  "response_submitted", // to the province: a unit's response to a recommendation went out, to verify
  "self_check_submitted", // to the province: a unit's self-check report went out, for the team
  "par_index_submitted", // to the province: a unit sent its PAR-index self-score, to appraise (issue 11 §4)
  "par_index_explained", // to the province: a unit sent its explanation of the round-1 appraisal
  "par_index_appraised", // to the unit: Sở Nội vụ finished round 1, the unit may explain (giải trình)
  "par_index_locked", // to the unit: its PAR-index score is final
  "par_index_published", // to the unit: the province published the year's PAR-index ranking
  "province_report_due", // to the province: a report the province itself owes (Sở Nội vụ's) is due soon or overdue
  "office_report_due", // to the province's office accounts: Văn phòng UBND tỉnh's TTHC-control report (IV.2) is due
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Reminder thresholds before a deadline, in days; then one more when it is past. */
export const REMINDER_DAYS_BEFORE = [7, 1] as const;
export type ReminderThreshold = `d${(typeof REMINDER_DAYS_BEFORE)[number]}` | "overdue";

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The reminder a deadline calls for today: "overdue" once past, otherwise the smallest threshold it is
 * within (d1 inside a day, d7 inside a week), or null while it is further away. The job sends one per
 * (item, threshold), so a reminder skipped while the server was down still goes out once.
 */
export function reminderDue(deadline: string, today: string): ReminderThreshold | null {
  const left = daysBetween(today, deadline);
  if (left < 0) return "overdue";
  const within = REMINDER_DAYS_BEFORE.filter((d) => left <= d);
  const smallest = within[within.length - 1];
  return smallest === undefined ? null : (`d${smallest}` as ReminderThreshold);
}

/** The SQL job's window: deadlines up to this many days ahead may need a reminder. */
export const REMINDER_HORIZON_DAYS = Math.max(...REMINDER_DAYS_BEFORE);

export const NOTIFICATION_TITLES = {
  notice: { vi: "Thông báo kiểm tra mới", en: "New inspection notice" },
  self_check_requested: { vi: "Đề nghị gửi báo cáo tự kiểm tra", en: "Self-check report requested" },
  deadline_near: { vi: "Sắp đến hạn khắc phục kiến nghị", en: "A recommendation's deadline is near" },
  deadline_overdue: { vi: "Kiến nghị đã quá hạn khắc phục", en: "A recommendation is overdue" },
  response_returned: { vi: "Hồ sơ bị trả lại", en: "Submission returned" },
  response_accepted: { vi: "Hồ sơ đã được chấp nhận", en: "Submission accepted" },
  camera_reminder: { vi: "Nhắc nhở qua camera giám sát", en: "Reminder from the camera review" },
  dossier_reminder: {
    vi: "Nhắc nhở qua kiểm tra hồ sơ trực tuyến",
    en: "Reminder from the remote dossier check",
  },
  report_due: { vi: "Nhắc hạn gửi báo cáo", en: "Report due" },
  response_submitted: {
    vi: "Đơn vị gửi kết quả khắc phục cần xác minh",
    en: "A unit sent a remedy to verify",
  },
  self_check_submitted: { vi: "Đơn vị gửi báo cáo tự kiểm tra", en: "A unit sent its self-check report" },
  par_index_submitted: {
    vi: "Đơn vị gửi kết quả tự chấm Chỉ số CCHC",
    en: "A unit sent its PAR-index self-score",
  },
  par_index_explained: {
    vi: "Đơn vị gửi giải trình Chỉ số CCHC",
    en: "A unit sent its PAR-index explanation",
  },
  par_index_appraised: {
    vi: "Sở Nội vụ đã thẩm định lần 1 Chỉ số CCHC, đề nghị giải trình",
    en: "PAR index appraised (round 1): please explain",
  },
  par_index_locked: { vi: "Đã chốt điểm Chỉ số CCHC", en: "PAR-index score locked" },
  par_index_published: {
    vi: "Đã công bố xếp hạng Chỉ số CCHC",
    en: "PAR-index ranking published",
  },
  province_report_due: { vi: "Nhắc hạn gửi báo cáo của tỉnh", en: "The province's report is due" },
  office_report_due: {
    vi: "Nhắc hạn gửi báo cáo của Văn phòng UBND tỉnh",
    en: "The Provincial People's Committee Office's report is due",
  },
} as const satisfies Record<NotificationKind, { vi: string; en: string }>;

export const NotificationsPageInput = z.object({
  cursor: z
    .string({ error: "Con trỏ trang không hợp lệ / Page cursor is invalid" })
    .max(512, "Con trỏ trang không hợp lệ / Page cursor is invalid")
    .regex(/^[A-Za-z0-9_-]*$/, "Con trỏ trang không hợp lệ / Page cursor is invalid")
    .nullish(),
  limit: z
    .number({ error: "Số dòng mỗi trang: phải là số / Rows per page: must be a number" })
    .int("Số dòng mỗi trang: phải là số nguyên / Rows per page: must be an integer")
    .min(1, "Số dòng mỗi trang: ít nhất 1 / Rows per page: at least 1")
    .max(200, "Số dòng mỗi trang: tối đa 200 / Rows per page: at most 200")
    .default(50),
  unreadOnly: z
    .boolean({ error: "Chỉ thông báo chưa đọc: phải là có/không / Unread only: must be yes or no" })
    .optional(),
});
export type NotificationsPageInput = z.infer<typeof NotificationsPageInput>;

export const MarkReadInput = z.object({
  ids: z
    .array(
      z
        .number({ error: "Thông báo: phải là số định danh / Notification: must be an id" })
        .int("Thông báo: phải là số nguyên / Notification: must be an integer")
        .positive("Thông báo: phải là số dương / Notification: must be positive")
        .max(2_147_483_647, "Thông báo: vượt quá giới hạn / Notification: too large"),
      { error: "Thông báo phải là danh sách / Notifications must be a list" },
    )
    .max(200, "Thông báo: tối đa 200 / Notifications: at most 200")
    .optional(),
  /** Everything visible to the user. */
  all: z.boolean({ error: "Tất cả: phải là có/không / All: must be yes or no" }).optional(),
});
export type MarkReadInput = z.infer<typeof MarkReadInput>;
