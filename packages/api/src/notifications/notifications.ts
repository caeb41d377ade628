import { isUnitBound, type MarkReadInput, type NotificationsPageInput, type Page } from "@par/domain";
import type { Request } from "../access/request";
import type { SessionUser } from "../auth/sessions";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import {
  countUnread,
  markRead,
  type NotificationRow,
  pageNotificationRows,
} from "../db/notification.repository";

/**
 * Whose notifications a user reads: those addressed to the units they are bound to and below. Province
 * roles are bound to no unit; their inbox stays empty until the province gets notifications of its own.
 */
export function inboxRoots(user: SessionUser): number[] {
  return user.assignments.flatMap((a) => (isUnitBound(a) && a.unitId !== null ? [a.unitId] : []));
}

export interface NotificationDto {
  id: number;
  unitName: string;
  kind: NotificationRow["kind"];
  subject: string;
  dueDate: string | null;
  link: string;
  createdAt: Date;
  read: boolean;
}

export async function pageNotifications(
  q: Request,
  f: NotificationsPageInput,
): Promise<Page<NotificationDto>> {
  const after = decodeKeyCursor(f.cursor, "null");
  const rows = await pageNotificationRows(q.db, {
    roots: inboxRoots(q.user),
    userId: q.user.userId,
    unreadOnly: f.unreadOnly ?? false,
    ...(after ? { beforeId: after.id } : {}),
    limit: f.limit + 1,
  });
  return toPage(
    rows,
    f.limit,
    (r) => [null, r.id],
    (r) => ({
      id: r.id,
      unitName: r.unit_name,
      kind: r.kind,
      subject: r.subject,
      dueDate: r.due_date,
      link: r.link,
      createdAt: r.created_at,
      read: r.read,
    }),
  );
}

export async function unreadCount(q: Request): Promise<{ unread: number }> {
  return { unread: await countUnread(q.db, inboxRoots(q.user), q.user.userId) };
}

/** Reading is the user's own state: no audit row (nothing of the register or the inspections changes). */
export async function markNotificationsRead(q: Request, input: MarkReadInput): Promise<{ marked: number }> {
  const ids = input.all ? "all" : (input.ids ?? []);
  return { marked: await markRead(q.db, inboxRoots(q.user), q.user.userId, ids) };
}
