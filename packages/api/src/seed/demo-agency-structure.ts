/**
 * Invented (is_demo) inner structure of the provincial agencies: divisions (phòng, chi cục) and
 * subordinate units (trung tâm, trường, bệnh viện …), plausible for Đồng Nai in 2023 but not an
 * official list. Every department also gets a "Văn phòng Sở" and a "Thanh tra Sở" (see demo-agency-units.ts).
 */
export interface AgencyStructure {
  divisions: readonly string[];
  subordinates: readonly string[];
  /** Divisions that run a one-stop shop (Trung tâm Phục vụ hành chính công). */
  oneStopDivisions?: readonly string[];
}

/** Upper-secondary schools of Đồng Nai as commonly known; names only, no claim about their details. */
const UPPER_SECONDARY_SCHOOLS = [
  "Trường THPT chuyên Lương Thế Vinh",
  "Trường THPT Ngô Quyền",
  "Trường THPT Trấn Biên",
  "Trường THPT Nguyễn Trãi",
  "Trường THPT Lê Hồng Phong",
  "Trường THPT Nam Hà",
  "Trường THPT Tam Hiệp",
  "Trường THPT Long Khánh",
  "Trường THPT Xuân Lộc",
  "Trường THPT Long Thành",
  "Trường THPT Nhơn Trạch",
  "Trường THPT Trảng Bom",
  "Trường THPT Thống Nhất A",
  "Trường THPT Định Quán",
  "Trường THPT Tân Phú",
  "Trường THPT Vĩnh Cửu",
  "Trường THPT Cẩm Mỹ",
  "Trường THPT Xuân Hưng",
];

export const AGENCY_STRUCTURE: Record<string, AgencyStructure> = {
  VPUBND: {
    divisions: [
      "Phòng Hành chính – Tổ chức",
      "Phòng Tổng hợp",
      "Phòng Kinh tế",
      "Phòng Kiểm soát thủ tục hành chính",
      "Trung tâm Phục vụ hành chính công",
    ],
    subordinates: [],
    oneStopDivisions: ["Trung tâm Phục vụ hành chính công"],
  },
  SNV: {
    divisions: [
      "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
      "Phòng Xây dựng chính quyền và công tác thanh niên",
      "Phòng Công chức, viên chức",
      "Phòng Cải cách hành chính",
      "Chi cục Văn thư – Lưu trữ",
      "Ban Thi đua – Khen thưởng",
      "Ban Tôn giáo",
    ],
    subordinates: ["Trung tâm Lưu trữ lịch sử"],
  },
  STP: {
    divisions: [
      "Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật",
      "Phòng Phổ biến, giáo dục pháp luật",
      "Phòng Hành chính tư pháp",
      "Phòng Bổ trợ tư pháp",
    ],
    subordinates: [
      "Trung tâm Trợ giúp pháp lý nhà nước",
      "Trung tâm Dịch vụ đấu giá tài sản",
      "Phòng Công chứng số 1",
      "Phòng Công chứng số 2",
    ],
  },
  SKHDT: {
    divisions: [
      "Phòng Đăng ký kinh doanh",
      "Phòng Tổng hợp, quy hoạch",
      "Phòng Đấu thầu, thẩm định và giám sát đầu tư",
      "Phòng Kinh tế đối ngoại",
    ],
    subordinates: ["Trung tâm Hỗ trợ doanh nghiệp"],
  },
  STC: {
    divisions: [
      "Phòng Quản lý ngân sách",
      "Phòng Tài chính đầu tư",
      "Phòng Quản lý giá và công sản",
      "Phòng Tài chính doanh nghiệp",
    ],
    subordinates: [],
  },
  SCT: {
    divisions: ["Phòng Quản lý thương mại", "Phòng Quản lý công nghiệp", "Phòng Quản lý năng lượng"],
    subordinates: ["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "Trung tâm Xúc tiến thương mại"],
  },
  SNNPTNT: {
    divisions: [
      "Chi cục Trồng trọt và Bảo vệ thực vật",
      "Chi cục Chăn nuôi và Thú y",
      "Chi cục Kiểm lâm",
      "Chi cục Thủy lợi",
      "Chi cục Phát triển nông thôn",
    ],
    subordinates: ["Trung tâm Khuyến nông", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"],
  },
  SGTVT: {
    divisions: [
      "Phòng Quản lý vận tải, phương tiện và người lái",
      "Phòng Quản lý kết cấu hạ tầng giao thông",
      "Phòng Quản lý chất lượng công trình giao thông",
    ],
    subordinates: ["Trung tâm Quản lý điều hành giao thông"],
  },
  SXD: {
    divisions: [
      "Phòng Quản lý xây dựng",
      "Phòng Quy hoạch – Kiến trúc",
      "Phòng Phát triển đô thị",
      "Phòng Quản lý nhà và thị trường bất động sản",
    ],
    subordinates: ["Trung tâm Kiểm định chất lượng xây dựng"],
  },
  STNMT: {
    divisions: [
      "Phòng Quản lý đất đai",
      "Phòng Tài nguyên nước",
      "Phòng Khoáng sản",
      "Chi cục Bảo vệ môi trường",
    ],
    // The land registration branches of each district are added by demo-agency-units.ts.
    subordinates: [
      "Văn phòng Đăng ký đất đai",
      "Trung tâm Phát triển quỹ đất",
      "Trung tâm Quan trắc tài nguyên và môi trường",
      "Trung tâm Công nghệ thông tin tài nguyên và môi trường",
      "Trung tâm Kỹ thuật địa chính",
    ],
  },
  STTTT: {
    divisions: [
      "Phòng Bưu chính, viễn thông",
      "Phòng Công nghệ thông tin",
      "Phòng Thông tin – Báo chí – Xuất bản",
    ],
    subordinates: ["Trung tâm Công nghệ thông tin và Truyền thông"],
  },
  SLDTBXH: {
    divisions: [
      "Phòng Lao động – Việc làm – An toàn lao động",
      "Phòng Người có công",
      "Phòng Bảo trợ xã hội",
      "Phòng Giáo dục nghề nghiệp",
    ],
    subordinates: ["Trung tâm Dịch vụ việc làm", "Trung tâm Công tác xã hội"],
  },
  SVHTTDL: {
    divisions: [
      "Phòng Quản lý văn hóa và gia đình",
      "Phòng Quản lý thể dục thể thao",
      "Phòng Quản lý du lịch",
    ],
    subordinates: ["Thư viện tỉnh", "Bảo tàng tỉnh", "Trung tâm Văn hóa nghệ thuật"],
  },
  SKHCN: {
    divisions: [
      "Phòng Quản lý khoa học",
      "Phòng Quản lý công nghệ và thị trường công nghệ",
      "Chi cục Tiêu chuẩn Đo lường Chất lượng",
    ],
    subordinates: ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"],
  },
  SGDDT: {
    divisions: [
      "Phòng Giáo dục mầm non",
      "Phòng Giáo dục trung học – giáo dục thường xuyên",
      "Phòng Tổ chức cán bộ",
      "Phòng Kế hoạch – Tài chính",
      "Phòng Khảo thí và Kiểm định chất lượng giáo dục",
    ],
    subordinates: UPPER_SECONDARY_SCHOOLS,
  },
  SYT: {
    divisions: [
      "Phòng Nghiệp vụ Y",
      "Phòng Nghiệp vụ Dược",
      "Phòng Tổ chức cán bộ",
      "Chi cục An toàn vệ sinh thực phẩm",
      "Chi cục Dân số – Kế hoạch hóa gia đình",
    ],
    subordinates: [
      "Bệnh viện Đa khoa Đồng Nai",
      "Bệnh viện Đa khoa Thống Nhất",
      "Trung tâm Kiểm soát bệnh tật",
    ],
  },
  SNGV: {
    divisions: ["Phòng Hợp tác quốc tế", "Phòng Lãnh sự và người Việt Nam ở nước ngoài"],
    subordinates: [],
  },
  TTT: {
    divisions: [
      "Phòng Nghiệp vụ 1",
      "Phòng Nghiệp vụ 2",
      "Phòng Nghiệp vụ 3",
      "Phòng Phòng, chống tham nhũng",
    ],
    subordinates: [],
  },
  BDT: {
    divisions: ["Phòng Chính sách dân tộc", "Phòng Tuyên truyền và địa bàn"],
    subordinates: [],
  },
  BQLKCN: {
    divisions: [
      "Phòng Quản lý đầu tư",
      "Phòng Quản lý doanh nghiệp",
      "Phòng Quản lý môi trường",
      "Phòng Quy hoạch xây dựng",
    ],
    subordinates: [],
  },
  BQLCNC: {
    divisions: ["Phòng Quản lý đầu tư và doanh nghiệp"],
    subordinates: ["Trung tâm Nghiên cứu và Phát triển"],
  },
};
