import { AREAS_2023, ITEMS_2023 } from "./checklist-2023";
import { FIELDS_2023, FORMS_2023 } from "./forms-and-fields";
import { SO_NOI_VU, SO_TU_PHAP, VP_UBND_TINH } from "./lead-bodies";
import type { PlanTemplate } from "./template-types";

/** Plan 284/KH-UBND of 29/12/2022: three local tiers (province, district, commune). */
export const DONG_NAI_2023 = {
  id: "dong-nai-2023",
  version: 1,
  source: "Kế hoạch 284/KH-UBND ngày 29/12/2022 của UBND tỉnh Đồng Nai",
  title: {
    vi: "Kiểm tra cải cách hành chính, kiểm tra kiểm soát thủ tục hành chính năm 2023",
    en: "Inspections of administrative reform and procedure control, 2023",
  },
  // Used as the model until a three-tier province issues a new plan; the two-tier era needs its own.
  years: { from: 2023, to: 2025 },
  period: { fromMonth: 1, toMonth: 12 },
  areas: AREAS_2023,
  items: ITEMS_2023,
  followUpArea: "5",
  tiers: [
    { tier: "agency", pct: 40, vi: "Sở, ban, ngành", en: "Provincial departments and agencies" },
    { tier: "district", pct: 50, vi: "UBND cấp huyện", en: "District People's Committees" },
    { tier: "commune", pct: 20, vi: "UBND cấp xã", en: "Commune People's Committees" },
  ],
  forms: FORMS_2023,
  fields: FIELDS_2023,
  leadBodies: [
    SO_NOI_VU,
    VP_UBND_TINH,
    SO_TU_PHAP,
    {
      code: "so_tttt",
      kind: "sector",
      unitName: "Sở Thông tin và Truyền thông",
      field: "cong_nghe_thong_tin",
      vi: "Sở Thông tin và Truyền thông",
      en: "Department of Information and Communications",
    },
    {
      code: "so_ldtbxh",
      kind: "sector",
      unitName: "Sở Lao động - Thương binh và Xã hội",
      field: "lao_dong_xa_hoi",
      vi: "Sở Lao động – Thương binh và Xã hội",
      en: "Department of Labour, Invalids and Social Affairs",
    },
    {
      code: "so_tnmt",
      kind: "sector",
      unitName: "Sở Tài nguyên và Môi trường",
      field: "dat_dai",
      vi: "Sở Tài nguyên và Môi trường",
      en: "Department of Natural Resources and Environment",
    },
    {
      code: "so_khdt",
      kind: "sector",
      unitName: "Sở Kế hoạch và Đầu tư",
      field: "dang_ky_kinh_doanh",
      vi: "Sở Kế hoạch và Đầu tư",
      en: "Department of Planning and Investment",
    },
    {
      code: "so_xay_dung",
      kind: "sector",
      unitName: "Sở Xây dựng",
      field: "xay_dung",
      vi: "Sở Xây dựng",
      en: "Department of Construction",
    },
    {
      code: "so_tai_chinh",
      kind: "sector",
      unitName: "Sở Tài chính",
      field: "tai_chinh",
      vi: "Sở Tài chính",
      en: "Department of Finance",
    },
  ],
  internalQuota: { pct: 60, manySubordinatesPct: 50 },
  noticeLeadWorkingDays: 5,
  proposal: { reserveRatio: { agency: 0.1, district: 0.2, commune: 0.3 } },
} as const satisfies PlanTemplate;
