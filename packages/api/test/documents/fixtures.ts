import type { DocumentHead, PlanRef, Signer } from "../../src/documents";

/** Realistic facts of Đồng Nai in 2023 (people's names are invented). */
export const PLAN_284: PlanRef = {
  number: "284/KH-UBND",
  date: "2022-12-29",
  issuer: "UBND tỉnh Đồng Nai",
  year: 2023,
};

export const SNV_HEAD: DocumentHead = {
  issuer: { parent: "UBND tỉnh Đồng Nai", name: "Sở Nội vụ", place: "Đồng Nai" },
  number: "12/QĐ-SNV",
  date: "2023-03-15",
};

export const DEPUTY_DIRECTOR: Signer = {
  authority: "KT. Giám đốc",
  title: "Phó Giám đốc",
  name: "Trần Văn Minh",
};

export const TEAM = [
  {
    name: "Nguyễn Thị Thu Hà",
    position: "Trưởng phòng Cải cách hành chính",
    body: "Sở Nội vụ",
    role: "member",
  },
  { name: "Trần Văn Minh", position: "Phó Giám đốc", body: "Sở Nội vụ", role: "leader" },
  { name: "Lê Quang Vinh", position: "Chuyên viên", body: "Sở Nội vụ", role: "secretary" },
  { name: "Phạm Thị Lan", position: "Phó Chánh Văn phòng", body: "Sở Tư pháp", role: "member" },
] as const;

export const DECISION_12 = {
  kind: "Quyết định",
  number: "12/QĐ-SNV",
  date: "2023-03-15",
  issuer: "Giám đốc Sở Nội vụ",
} as const;

/** Findings at UBND Thành phố Biên Hòa, given out of the checklist's order on purpose. */
export const BIEN_HOA_FINDINGS = [
  {
    itemCode: "3b.2",
    rating: "co_ton_tai",
    note: "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 38%, thấp hơn chỉ tiêu của tỉnh.",
  },
  { itemCode: "1a", rating: "dat", note: "Ban hành đầy đủ kế hoạch CCHC, kiểm soát TTHC năm 2023." },
  {
    itemCode: "2.4",
    rating: "chua_dat",
    note: "Chưa niêm yết 12 TTHC lĩnh vực đất đai tại Bộ phận Một cửa.",
  },
  { itemCode: "2.1", rating: "khong_ap_dung", note: "" },
] as const;

export const RECOMMENDATIONS = [
  {
    text: "Niêm yết công khai đầy đủ thủ tục hành chính lĩnh vực đất đai tại Bộ phận Một cửa",
    deadline: "2023-05-31",
  },
  { text: "Nâng tỷ lệ hồ sơ trực tuyến toàn trình đạt chỉ tiêu của tỉnh", deadline: "2023-09-30" },
] as const;

/** The conclusion notice to UBND Thành phố Biên Hòa. */
export const CONCLUSION_INPUT = {
  head: { ...SNV_HEAD, number: "45/TB-SNV", date: "2023-04-10" },
  templateId: "dong-nai-2023",
  plan: PLAN_284,
  decision: DECISION_12,
  unitName: "UBND Thành phố Biên Hòa",
  startDate: "2023-03-20",
  endDate: "2023-03-22",
  overview:
    "UBND Thành phố Biên Hòa đã ban hành đầy đủ các kế hoạch cải cách hành chính năm 2023.\n\nBộ phận Một cửa thành phố được bố trí đúng quy định, trang thiết bị cơ bản đáp ứng yêu cầu.",
  findings: BIEN_HOA_FINDINGS,
  shortcomings: [
    "Chưa niêm yết đầy đủ thủ tục hành chính lĩnh vực đất đai",
    "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp",
  ],
  recommendations: RECOMMENDATIONS,
  signer: DEPUTY_DIRECTOR,
};

/**
 * NĐ 30: page numbers from page 2 on, centred in the header, Times New Roman 13 pt (size in half-points);
 * the first page's header is empty.
 */
export const NUMBERED_FROM_PAGE_2 = {
  titlePage: true,
  header: { fields: ["PAGE"], centred: true, fonts: ["Times New Roman"], sizes: [26] },
  firstPageHeader: { fields: [], centred: false, fonts: [], sizes: [] },
};
