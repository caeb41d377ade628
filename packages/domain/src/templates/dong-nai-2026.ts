import { AREAS_2023, ITEMS_2023 } from "./checklist-2023";
import { FIELDS_2023, FORMS_2023 } from "./forms-and-fields";
import { SO_NOI_VU, SO_TU_PHAP, VP_UBND_TINH } from "./lead-bodies";
import type { ChecklistItem, PlanTemplate } from "./template-types";

/**
 * The two-tier structure in force from 1 July 2025: provincial agencies and communes, no districts.
 * Illustrative until the province issues its 2026 plan: the content areas and quotas repeat 2023's;
 * the lead bodies follow the 2025 department mergers (Nội vụ + LĐTB&XH, Tài chính + KH&ĐT,
 * Xây dựng + GTVT, NN&MT from NN&PTNT + TN&MT, KH&CN + TT&TT). Only data differs from 2023: no code.
 */
const ITEMS_2026 = ITEMS_2023.map(
  (item): ChecklistItem =>
    item.code === "5"
      ? {
          ...item,
          vi: "Kết quả thực hiện các kết luận thanh tra, kiểm tra cải cách hành chính, kiểm soát thủ tục hành chính của các cơ quan có thẩm quyền đã ban hành (đối với các cơ quan, đơn vị đã được kiểm tra từ năm 2025 về trước)",
        }
      : item,
);

export const DONG_NAI_2026 = {
  id: "dong-nai-2026",
  version: 1,
  source:
    "Mẫu minh họa cho mô hình chính quyền địa phương hai cấp (từ 01/7/2025); chưa có kế hoạch 2026 chính thức",
  title: {
    vi: "Kiểm tra cải cách hành chính, kiểm soát thủ tục hành chính (chính quyền hai cấp)",
    en: "Inspections of administrative reform and procedure control (two-tier local government)",
  },
  years: { from: 2026, to: null },
  period: { fromMonth: 1, toMonth: 12 },
  areas: AREAS_2023,
  items: ITEMS_2026,
  followUpArea: "5",
  tiers: [
    { tier: "agency", pct: 40, vi: "Sở, ban, ngành", en: "Provincial departments and agencies" },
    { tier: "commune", pct: 20, vi: "UBND cấp xã", en: "Commune People's Committees" },
  ],
  forms: FORMS_2023,
  fields: FIELDS_2023,
  leadBodies: [
    SO_NOI_VU,
    VP_UBND_TINH,
    SO_TU_PHAP,
    {
      code: "so_khcn",
      kind: "sector",
      unitName: "Sở Khoa học và Công nghệ",
      field: "cong_nghe_thong_tin",
      vi: "Sở Khoa học và Công nghệ",
      en: "Department of Science and Technology",
    },
    {
      code: "so_nnmt",
      kind: "sector",
      unitName: "Sở Nông nghiệp và Môi trường",
      field: "dat_dai",
      vi: "Sở Nông nghiệp và Môi trường",
      en: "Department of Agriculture and Environment",
    },
    {
      code: "so_tai_chinh",
      kind: "sector",
      unitName: "Sở Tài chính",
      field: "dang_ky_kinh_doanh",
      vi: "Sở Tài chính",
      en: "Department of Finance",
    },
    {
      code: "so_xay_dung",
      kind: "sector",
      unitName: "Sở Xây dựng",
      field: "xay_dung",
      vi: "Sở Xây dựng",
      en: "Department of Construction",
    },
  ],
  internalQuota: { pct: 60, manySubordinatesPct: 50 },
  noticeLeadWorkingDays: 5,
  proposal: { reserveRatio: { agency: 0.1, commune: 0.3 } },
} as const satisfies PlanTemplate;
