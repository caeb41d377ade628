import type { ChecklistItem, ContentArea } from "./template-types";

/** Section II of Plan 284/KH-UBND (2023): the six content areas, texts as the plan words them. */
export const AREAS_2023 = [
  {
    code: "1",
    vi: "Công tác lãnh đạo, chỉ đạo về cải cách hành chính, kiểm soát thủ tục hành chính",
    en: "Leadership and direction",
  },
  {
    code: "2",
    vi: "Kết quả triển khai các nhiệm vụ cải cách hành chính, kiểm soát thủ tục hành chính",
    en: "Results of PAR and procedure-control tasks",
  },
  {
    code: "3",
    vi: "Kết quả ứng dụng công nghệ thông tin vào cải cách hành chính",
    en: "IT in administrative reform",
  },
  {
    code: "4",
    vi: "Tình hình thực hiện nhiệm vụ công vụ của công chức, viên chức trong quá trình hướng dẫn, tiếp nhận, giải quyết, trả kết quả hồ sơ",
    en: "Civil servants' conduct at the counters",
  },
  {
    code: "5",
    vi: "Kết quả thực hiện các kết luận thanh tra, kiểm tra cải cách hành chính, kiểm soát thủ tục hành chính",
    en: "Follow-up of earlier conclusions",
  },
  {
    code: "6",
    vi: "Tổ chức thực hiện các nhiệm vụ khác được giao theo các Chương trình, Kế hoạch cải cách hành chính của Tỉnh ủy, UBND tỉnh",
    en: "Other assigned tasks",
  },
] as const satisfies readonly ContentArea[];

export const ITEMS_2023 = [
  {
    code: "1a",
    area: "1",
    vi: "Kết quả tổ chức triển khai thực hiện các nội dung, mục tiêu theo chỉ đạo của Chủ tịch UBND tỉnh (kế hoạch CCHC, kiểm soát TTHC, ứng dụng CNTT, kiểm tra, tuyên truyền năm 2023; tiến độ các nhiệm vụ cụ thể như kiện toàn Bộ phận Một cửa các cấp)",
    en: "Implementation of the Chairman's plans and assigned tasks",
  },
  {
    code: "1b",
    area: "1",
    vi: "Trách nhiệm của người đứng đầu đơn vị trong triển khai các nhiệm vụ cải cách hành chính, kiểm soát thủ tục hành chính",
    en: "Responsibility of the head of the unit",
  },
  {
    code: "2.1",
    area: "2",
    vi: "Thực hiện cơ chế một cửa, cơ chế một cửa liên thông, kiện toàn Bộ phận Một cửa các cấp",
    en: "One-stop and inter-agency one-stop mechanism",
  },
  {
    code: "2.2",
    area: "2",
    vi: "Kết quả thực hiện tiếp nhận, luân chuyển, giải quyết, trả kết quả thủ tục hành chính, dịch vụ công, nhất là giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính, tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích",
    en: "Dossier handling, location-independent and postal service",
  },
  {
    code: "2.3",
    area: "2",
    vi: "Công tác rà soát, tham mưu điều chỉnh, bổ sung, ban hành bộ thủ tục hành chính; kết quả thực hiện chế độ thông tin, báo cáo; tập huấn hướng dẫn nghiệp vụ cải cách hành chính, kiểm soát thủ tục hành chính",
    en: "Procedure review, reporting and training",
  },
  {
    code: "2.4",
    area: "2",
    vi: "Tổ chức công khai thủ tục hành chính, hoàn thiện bộ hồ sơ mẫu",
    en: "Publicity of procedures and sample dossiers",
  },
  {
    code: "2.5",
    area: "2",
    vi: "Công tác tiếp nhận, giải quyết phản ánh kiến nghị của người dân, doanh nghiệp về quy định hành chính, thủ tục hành chính, cung cấp dịch vụ công (qua đơn, Tổng đài Dịch vụ công 1022 và Cổng Dịch vụ công Quốc gia)",
    en: "Citizen feedback: letters, hotline 1022, national portal",
  },
  {
    code: "3a",
    area: "3",
    vi: "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan, đơn vị: trao đổi văn bản điện tử qua trục liên thông; sử dụng văn bản điện tử để điều hành, xử lý công việc; sử dụng chữ ký số, chứng thư số",
    en: "E-documents and digital signatures",
  },
  {
    code: "3b.1",
    area: "3",
    vi: "Kết quả sử dụng phần mềm để tiếp nhận, luân chuyển, giải quyết và trả kết quả hồ sơ của các đơn vị, địa phương",
    en: "Dossier-handling software",
  },
  {
    code: "3b.2",
    area: "3",
    vi: "Kết quả triển khai dịch vụ công trực tuyến để giải quyết thủ tục hành chính cho tổ chức, cá nhân; hoạt động của Trang thông tin điện tử của đơn vị, địa phương",
    en: "Online public services and the unit's website",
  },
  {
    code: "3b.3",
    area: "3",
    vi: "Ứng dụng các dịch vụ bưu chính, viễn thông vào giải quyết thủ tục hành chính (tiếp nhận, trả kết quả qua dịch vụ bưu chính; gửi tin nhắn SMS; sử dụng hệ thống giám sát camera tại Bộ phận Một cửa các cấp)",
    en: "Postal service, SMS and one-stop-shop cameras",
  },
  {
    code: "3b.4",
    area: "3",
    vi: "Kết quả sử dụng hệ thống quản lý văn bản điện tử để gửi nhận văn bản, lập và lưu trữ hồ sơ công việc điện tử",
    en: "Electronic document management and e-records",
  },
  {
    code: "3b.5",
    area: "3",
    vi: "Kết quả sử dụng hệ thống thông tin báo cáo trực tuyến của tỉnh",
    en: "Provincial online reporting system",
  },
  {
    code: "3b.6",
    area: "3",
    vi: "Kết quả thực hiện nhiệm vụ chuyển đổi số, số hóa hồ sơ thủ tục hành chính",
    en: "Digital transformation and dossier digitisation",
  },
  {
    code: "4",
    area: "4",
    vi: "Tình hình thực hiện nhiệm vụ công vụ của công chức, viên chức trong quá trình hướng dẫn, tiếp nhận, giải quyết, trả kết quả hồ sơ, nhất là đội ngũ công chức, viên chức làm việc tại Bộ phận Một cửa các đơn vị, địa phương",
    en: "Conduct of civil servants at one-stop-shop counters",
  },
  {
    code: "5",
    area: "5",
    vi: "Kết quả thực hiện các kết luận thanh tra, kiểm tra cải cách hành chính, kiểm soát thủ tục hành chính của các cơ quan có thẩm quyền đã ban hành (đối với các cơ quan, đơn vị đã được kiểm tra từ năm 2022 về trước)",
    en: "Implementation of earlier inspection conclusions",
  },
  {
    code: "6",
    area: "6",
    vi: "Tổ chức thực hiện các nhiệm vụ khác được giao theo các Chương trình, Kế hoạch cải cách hành chính của Tỉnh ủy, UBND tỉnh",
    en: "Other tasks assigned by the provincial Party Committee and People's Committee",
  },
] as const satisfies readonly ChecklistItem[];
