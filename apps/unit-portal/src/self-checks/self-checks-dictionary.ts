/** The portal's self-check reports (báo cáo tự kiểm tra theo đề cương) before announced visits. */
export const SELF_CHECKS_DICTIONARY = {
  vi: {
    nav: "Tự kiểm tra trước đoàn",
    title: "Báo cáo tự kiểm tra theo đề cương",
    subtitle:
      "Các cuộc kiểm tra có thông báo trước của tỉnh tại đơn vị bạn: tự đánh giá từng nội dung, kèm minh chứng hoặc giải trình, lãnh đạo duyệt và gửi trước ngày đoàn làm việc.",
    empty:
      "Chưa có cuộc kiểm tra có thông báo trước nào của tỉnh tại đơn vị bạn. Khi tỉnh công bố một cuộc, báo cáo tự kiểm tra của cuộc đó hiện ở đây.",
    unit: "Đơn vị được kiểm tra",
    days: "Thời gian kiểm tra",
    state: "Báo cáo",
    open: "Mở báo cáo",
    back: "← Danh sách cuộc kiểm tra",
    rating: "Tự đánh giá",
    note: "Ghi chú",
    justification: "Giải trình (khi không có tệp minh chứng)",
    upload: "Tải minh chứng",
    closed: "Đoàn đã làm việc tại đơn vị: báo cáo không sửa được nữa.",
    readOnly: "Báo cáo đã trình hoặc đã gửi: chỉ xem.",
    comment: "Ý kiến trả lại",
    noneYet: "Chưa lập",
  },
  en: {
    nav: "Self-check before visits",
    title: "Self-check reports",
    subtitle:
      "The province's announced inspections of your units: rate each item yourself, with evidence or a justification; the head approves and sends it before the visit.",
    empty:
      "No announced inspection of the province at your units yet. When the province announces one, its self-check report shows here.",
    unit: "Inspected unit",
    days: "Inspection days",
    state: "Report",
    open: "Open the report",
    back: "← Inspections",
    rating: "Own rating",
    note: "Note",
    justification: "Justification (when there is no evidence file)",
    upload: "Upload evidence",
    closed: "The visit has started: the report can no longer be changed.",
    readOnly: "Submitted or sent: read only.",
    comment: "Comments",
    noneYet: "Not started",
  },
} as const;
