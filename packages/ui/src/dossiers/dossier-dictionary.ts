/** The dossier statistics screens shared by the admin app and the portal (issue 11 §1). */
export const DOSSIER_DICTIONARY = {
  vi: {
    dossiers: {
      title: "Thống kê hồ sơ thủ tục hành chính",
      subtitle:
        "Số liệu hằng tháng từ hệ thống thông tin giải quyết TTHC; các tỷ lệ tính theo cách của Bộ chỉ số 766/QĐ-TTg",
      year: "Năm",
      byUnit: "Theo đơn vị",
      byDistrict: "Theo huyện",
      unit: "Đơn vị",
      months: "Số tháng",
      received: "Tiếp nhận",
      resolved: "Đã giải quyết",
      onTime: "Trước hạn, đúng hạn",
      online: "Trực tuyến",
      digitised: "Số hóa hồ sơ",
      satisfaction: "Hài lòng",
      trend: "Diễn biến theo tháng (%)",
      trendOf: "Diễn biến theo tháng (%) – {{name}}",
      trendAll: "toàn phạm vi",
      noFigures: "Chưa có số liệu năm {{year}}",
      noFiguresHint:
        "Chưa có số liệu năm {{year}}. Sở Nội vụ nhập số liệu hằng tháng từ hệ thống thông tin giải quyết TTHC; chọn năm khác ở ô Năm để xem các năm đã có.",
      trendEmpty: "Biểu đồ hiện khi có số liệu của tháng đầu tiên.",
      clearUnit: "Xem toàn phạm vi",
      pickRow: "Chọn một dòng để xem diễn biến của đơn vị đó.",
    },
  },
  en: {
    dossiers: {
      title: "Administrative-procedure dossier statistics",
      subtitle:
        "Monthly figures from the dossier IT system; rates computed in the manner of Decision 766/QĐ-TTg",
      year: "Year",
      byUnit: "By unit",
      byDistrict: "By district",
      unit: "Unit",
      months: "Months",
      received: "Received",
      resolved: "Resolved",
      onTime: "Early or on time",
      online: "Online",
      digitised: "Digitised",
      satisfaction: "Satisfied",
      trend: "Month by month (%)",
      trendOf: "Month by month (%) – {{name}}",
      trendAll: "whole scope",
      noFigures: "No figures for {{year}} yet",
      noFiguresHint:
        "No figures for {{year}} yet. Sở Nội vụ imports the monthly figures from the dossier IT system; pick another year to see those that have them.",
      trendEmpty: "The chart shows from the first month with figures.",
      clearUnit: "Show the whole scope",
      pickRow: "Pick a row to see that unit's months.",
    },
  },
} as const;
