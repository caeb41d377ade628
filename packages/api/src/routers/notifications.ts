import { MarkReadInput, NotificationsPageInput } from "@par/domain";
import { requestOf } from "../access/request";
import { markNotificationsRead, pageNotifications, unreadCount } from "../notifications/notifications";
import { permissionProcedure, router } from "../trpc";

/** The inbox of every app (issue 9 §8): the user's notifications, newest first, and the unread count. */
export const notificationsRouter = router({
  page: permissionProcedure("units.read")
    .input(NotificationsPageInput)
    .query(({ ctx, input }) => pageNotifications(requestOf(ctx), input)),

  unreadCount: permissionProcedure("units.read").query(({ ctx }) => unreadCount(requestOf(ctx))),

  markRead: permissionProcedure("units.read")
    .input(MarkReadInput)
    .mutation(({ ctx, input }) => markNotificationsRead(requestOf(ctx), input)),
});
