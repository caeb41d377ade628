/** The inbox shared by every app (issue 9 §8). */
export const INBOX_DICTIONARY = {
  vi: {
    bell: "Thông báo",
    bellUnread: "Thông báo, {{count}} chưa đọc",
    title: "Hộp thông báo",
    subtitle:
      "Thông báo kiểm tra, đề nghị tự kiểm tra, nhắc hạn khắc phục kiến nghị, hồ sơ bị trả lại hoặc được chấp nhận, hồ sơ các đơn vị gửi lên",
    unreadOnly: "Chưa đọc",
    all: "Tất cả",
    markAll: "Đánh dấu đã đọc tất cả",
    due: "Hạn: {{date}}",
    visitOn: "Ngày làm việc: {{date}}",
    open: "Mở",
    empty: "Không có thông báo nào",
    emptyUnread: "Không có thông báo chưa đọc. Chọn “Tất cả” để xem lại các thông báo đã đọc.",
  },
  en: {
    bell: "Notifications",
    bellUnread: "Notifications, {{count}} unread",
    title: "Inbox",
    subtitle:
      "Inspection notices, self-check requests, deadline reminders, submissions returned or accepted, submissions the units sent",
    unreadOnly: "Unread",
    all: "All",
    markAll: "Mark all as read",
    due: "Due: {{date}}",
    visitOn: "Visit on {{date}}",
    open: "Open",
    empty: "No notifications",
    emptyUnread: "No unread notifications. Pick “All” to see those already read.",
  },
} as const;
