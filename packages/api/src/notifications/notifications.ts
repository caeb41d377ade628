import {
  isUnitBound,
  type MarkReadInput,
  type NotificationsPageInput,
  type Page,
  permissionsOf,
  provinceInboxPermissions,
  provinceInboxRoles,
} from "@par/domain";
import type { Request } from "../access/request";
import type { SessionUser } from "../auth/sessions";
import { toPage } from "../db/keyset";
import { decodeKeyCursor } from "../db/keyset-key";
import {
  countUnread,
  type Inbox,
  markRead,
  type NotificationRow,
  pageNotificationRows,
} from "../db/notification.repository";
import { totalOf } from "../db/page-total";

/**
 * Whose notifications a user reads: those addressed to the units they are bound to and below, and in
 * the user's province those addressed to the province for a permission of their role (what units send
 * out, for Sở Nội vụ's verifiers and teams: the domain's PROVINCE_RECIPIENTS) or for their role itself.
 */
export function inboxOf(user: SessionUser): Inbox {
  return {
    roots: user.assignments.flatMap((a) => (isUnitBound(a) && a.unitId !== null ? [a.unitId] : [])),
    provinceId: user.provinceId,
    permissions: provinceInboxPermissions(permissionsOf(user.assignments.map((a) => a.role))),
    // Văn phòng UBND tỉnh's own report reminders, addressed to its role (the domain's ROLE_REMINDER_KINDS).
    roles: provinceInboxRoles(user.assignments.map((a) => a.role)),
  };
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
    inbox: inboxOf(q.user),
    userId: q.user.userId,
    unreadOnly: f.unreadOnly ?? false,
    ...(after ? { beforeId: after.id } : { withTotal: true }),
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
    totalOf(rows, !after),
  );
}

export async function unreadCount(q: Request): Promise<{ unread: number }> {
  return { unread: await countUnread(q.db, inboxOf(q.user), q.user.userId) };
}

/** Reading is the user's own state: no audit row (nothing of the register or the inspections changes). */
export async function markNotificationsRead(q: Request, input: MarkReadInput): Promise<{ marked: number }> {
  const ids = input.all ? "all" : (input.ids ?? []);
  return { marked: await markRead(q.db, inboxOf(q.user), q.user.userId, ids) };
}
