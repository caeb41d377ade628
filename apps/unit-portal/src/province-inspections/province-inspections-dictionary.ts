export const PROVINCE_INSPECTIONS_DICTIONARY = {
  vi: {
    nav: "Cuộc kiểm tra của tỉnh",
    title: "Cuộc kiểm tra của tỉnh tại đơn vị",
    subtitle:
      "Các cuộc kiểm tra của tỉnh tại đơn vị bạn phụ trách; chọn một cuộc để tải thông báo, quyết định thành lập đoàn, biên bản, kết luận.",
    unit: "Đơn vị được kiểm tra",
    body: "Cơ quan chủ trì",
    days: "Thời gian kiểm tra",
    status: "Trạng thái",
  },
  en: {
    nav: "Province's inspections",
    title: "The province's inspections of my units",
    subtitle:
      "The province's inspections of your units; pick one to download its notice, team decision, minutes and conclusion.",
    unit: "Inspected unit",
    body: "Lead body",
    days: "Inspection days",
    status: "Status",
  },
} as const;
