/** The portal's screen of reminders from camera reviews (nhắc nhở qua camera giám sát, issue 10 §7). */
export const CAMERA_REMINDERS_DICTIONARY = {
  vi: {
    nav: "Nhắc nhở qua camera",
    title: "Nhắc nhở qua camera giám sát bộ phận một cửa",
    subtitle:
      "Vi phạm mà cán bộ giám sát ghi nhận khi xem camera quầy một cửa của đơn vị bạn, kèm ảnh chụp màn hình. Đơn vị chấn chỉnh và báo cáo trong kết quả khắc phục.",
    when: "Thời gian xem",
    counter: "Quầy",
    items: "Nội dung vi phạm",
    severity: "Mức độ",
    snapshots: "Ảnh chụp",
    snapshot: "Ảnh {{n}}",
    empty:
      "Chưa có nhắc nhở nào. Khi cán bộ giám sát ghi nhận vi phạm ở quầy một cửa của đơn vị bạn, nhắc nhở hiện ở đây và trong Thông báo để đơn vị trả lời.",
    answer: "Trả lời",
    answerNow: "Trả lời, xử lý",
    view: "Xem",
  },
  en: {
    nav: "Camera reminders",
    title: "Reminders from the one-stop-shop cameras",
    subtitle:
      "Violations a reviewer saw on the cameras of your units' one-stop counters, with snapshots. The unit corrects them and reports the remedy.",
    when: "Watched",
    counter: "Counter",
    items: "What was seen",
    severity: "Severity",
    snapshots: "Snapshots",
    snapshot: "Snapshot {{n}}",
    empty:
      "No reminders yet. When a reviewer sees a violation at one of your units' counters, the reminder shows here and in Notifications for the unit to answer.",
    answer: "Answer",
    answerNow: "Answer, act",
    view: "View",
  },
} as const;
