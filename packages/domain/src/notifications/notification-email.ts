import { formatViDate } from "../calendar/iso-date";
import { NOTIFICATION_TITLES, type NotificationKind } from "./notification-rules";

/**
 * The e-mail copy of a notification (issue 9 §8, optional SMTP): Vietnamese first, English second, the
 * date as dd/mm/yyyy and the link made absolute on the server's public address. Plain text only: no
 * markup a mail client could run, nothing but what the inbox itself shows.
 */
export interface NotificationEmailInput {
  kind: NotificationKind;
  subject: string;
  unitName: string;
  dueDate: string | null;
  /** The app path, e.g. `/portal/responses`. */
  link: string;
  /** e.g. `https://cchc.dongnai.gov.vn` (no trailing slash needed). */
  baseUrl: string;
}

export const EMAIL_SUBJECT_MAX = 250;

export function notificationEmail(n: NotificationEmailInput): { subject: string; text: string; url: string } {
  const title = NOTIFICATION_TITLES[n.kind];
  const url = `${n.baseUrl.replace(/\/+$/, "")}${n.link}`;
  const date = n.dueDate ? formatViDate(n.dueDate) : null;
  const subject = `[PAR Inspect] ${title.vi}: ${n.subject}`.replace(/\s+/g, " ");
  return {
    subject: subject.length > EMAIL_SUBJECT_MAX ? `${subject.slice(0, EMAIL_SUBJECT_MAX - 1)}…` : subject,
    url,
    text: [
      title.vi,
      n.subject,
      `Đơn vị: ${n.unitName}`,
      ...(date ? [`Ngày: ${date}`] : []),
      `Xem chi tiết: ${url}`,
      "",
      "—",
      title.en,
      `Unit: ${n.unitName}`,
      ...(date ? [`Date: ${date}`] : []),
      `Open: ${url}`,
    ].join("\n"),
  };
}

/** How often the sender tries one e-mail before giving up on it (the notification stays in the inbox). */
export const EMAIL_MAX_ATTEMPTS = 8;

/** The wait after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours. */
export function emailRetryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1) * 60_000, 6 * 60 * 60_000);
}
