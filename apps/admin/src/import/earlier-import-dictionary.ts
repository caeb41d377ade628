import type { AppDictionary } from "@par/ui";

const vi = {
  link: "Nhập kết luận trước đây",
  title: "Nhập kết luận kiểm tra, thanh tra trước đây",
  subtitle:
    "Kết luận của cơ quan có thẩm quyền ban hành ngoài hệ thống (năm 2022 trở về trước: thanh tra, Sở Nội vụ, bộ, ngành…). Mỗi dòng một kiến nghị. Kiến nghị chưa khắc phục được kiểm tra ở nội dung 5 của cuộc kiểm tra tiếp theo tại đơn vị.",
  back: "← Danh mục đơn vị",
  file: "Tệp kết luận (.xlsx, .csv)",
  filePlaceholder: "Chọn tệp",
  fileHint:
    "Cột: Mã đơn vị, Cơ quan kết luận, Loại cơ quan, Số kết luận, Ngày kết luận, Nội dung kết luận, Kiến nghị, Hạn khắc phục, Tình trạng.",
  template: "Tải tệp mẫu (.xlsx)",
  commit: "Ghi các kết luận",
  commitConfirm: "Ghi {{conclusions}} kết luận với {{recommendations}} kiến nghị?",
  conclusions: "Kết luận",
  recommendations: "Kiến nghị",
  open: "Chưa khắc phục",
  errors: "Lỗi",
  unit: "Đơn vị",
  issuer: "Cơ quan kết luận",
  number: "Số, ngày",
  deadline: "Hạn",
  status: "Tình trạng",
  done: "Đã ghi các kết luận",
  result: "Đã ghi {{conclusions}} kết luận, {{recommendations}} kiến nghị.",
  forbidden: "Chỉ cán bộ quản lý danh mục cấp tỉnh được nhập kết luận trước đây.",
  statuses: { open: "Chưa khắc phục", resolved: "Đã khắc phục", not_resolved: "Không khắc phục" },
};

const en: typeof vi = {
  link: "Import earlier conclusions",
  title: "Import earlier inspection and inspectorate conclusions",
  subtitle:
    "Conclusions of competent bodies made outside this system (2022 and before: inspectorates, home affairs, ministries…). One recommendation per row. Open recommendations are checked in area 5 of the unit's next inspection.",
  back: "← Unit register",
  file: "Conclusions file (.xlsx, .csv)",
  filePlaceholder: "Choose a file",
  fileHint:
    "Columns: unit code, issuing body, body kind, number, date, summary, recommendation, deadline, status.",
  template: "Download the sample (.xlsx)",
  commit: "Write the conclusions",
  commitConfirm: "Write {{conclusions}} conclusion(s) with {{recommendations}} recommendation(s)?",
  conclusions: "Conclusions",
  recommendations: "Recommendations",
  open: "Open",
  errors: "Errors",
  unit: "Unit",
  issuer: "Issuing body",
  number: "Number, date",
  deadline: "Deadline",
  status: "Status",
  done: "Conclusions written",
  result: "Wrote {{conclusions}} conclusion(s), {{recommendations}} recommendation(s).",
  forbidden: "Only the province's register officers may import earlier conclusions.",
  statuses: { open: "Open", resolved: "Resolved", not_resolved: "Not resolved" },
};

export const earlierImportDictionary: AppDictionary = {
  vi: { earlierImport: vi },
  en: { earlierImport: en },
};
