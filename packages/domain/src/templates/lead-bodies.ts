import type { LeadBody } from "./template-types";

/** Lead bodies that stand in every template: the same institutions before and after the 2025 mergers (R8). */
export const SO_NOI_VU = {
  code: "so_noi_vu",
  kind: "home_affairs",
  unitName: "Sở Nội vụ",
  field: null,
  vi: "Sở Nội vụ",
  en: "Department of Home Affairs",
} as const satisfies LeadBody;

export const VP_UBND_TINH = {
  code: "vp_ubnd_tinh",
  kind: "office",
  unitName: "Văn phòng UBND tỉnh",
  field: null,
  vi: "Văn phòng UBND tỉnh",
  en: "Provincial People's Committee Office",
} as const satisfies LeadBody;

export const SO_TU_PHAP = {
  code: "so_tu_phap",
  kind: "sector",
  unitName: "Sở Tư pháp",
  field: "tu_phap_ho_tich",
  vi: "Sở Tư pháp",
  en: "Department of Justice",
} as const satisfies LeadBody;
