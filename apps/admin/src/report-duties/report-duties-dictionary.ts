/** The admin's "who has not sent" screen (issue 11 §6). */
export const REPORT_DUTIES_DICTIONARY = {
  vi: {
    reportDuties: {
      nav: "Báo cáo phải gửi",
      title: "Báo cáo các cơ quan phải gửi",
      subtitle:
        "Hạn gửi theo năm (mặc định đến khi tỉnh đặt); hệ thống nhắc trước 7 ngày, 1 ngày và khi quá hạn. Chọn một dòng để xem cơ quan chưa gửi.",
      kind: "Báo cáo",
      to: "Gửi",
      period: "Kỳ",
      due: "Hạn gửi",
      sent: "Đã gửi",
      bodies: "Cơ quan",
      unsentOnly: "Chỉ cơ quan chưa gửi",
      state: "Tình trạng",
      notSent: "Chưa gửi",
      sentOn: "Đã gửi {{date}}",
      markSent: "Đánh dấu đã gửi",
      marked: "Đã ghi nhận báo cáo đã gửi",
      defaultDue: "mặc định",
    },
  },
  en: {
    reportDuties: {
      nav: "Reports owed",
      title: "Reports each body owes",
      subtitle:
        "Due dates per year (defaults until the province sets them); reminders go out 7 days and 1 day before, and when overdue. Pick a row to see who has not sent.",
      kind: "Report",
      to: "To",
      period: "Period",
      due: "Due",
      sent: "Sent",
      bodies: "Body",
      unsentOnly: "Only bodies that have not sent",
      state: "State",
      notSent: "Not sent",
      sentOn: "Sent {{date}}",
      markSent: "Mark as sent",
      marked: "Report recorded as sent",
      defaultDue: "default",
    },
  },
} as const;
