import type { FieldDef, FormDef } from "./template-types";

/** Plan III.3. Remote checks help steer units but never count toward the quotas (R2). */
export const FORMS_2023 = [
  {
    form: "announced",
    vi: "Kiểm tra theo kế hoạch (có thông báo)",
    en: "Announced inspection",
    countsTowardCoverage: true,
  },
  { form: "surprise", vi: "Kiểm tra đột xuất", en: "Surprise inspection", countsTowardCoverage: true },
  {
    form: "remote_dossier",
    vi: "Kiểm tra qua hệ thống thông tin tiếp nhận hồ sơ TTHC",
    en: "Remote check through the dossier IT system",
    countsTowardCoverage: false,
  },
  {
    form: "remote_camera",
    vi: "Kiểm tra qua hệ thống camera giám sát Bộ phận Một cửa",
    en: "Remote check through one-stop-shop cameras",
    countsTowardCoverage: false,
  },
] as const satisfies readonly FormDef[];

/**
 * Fields (lĩnh vực). The four focus fields are named in I.2; the others are the fields the sector
 * departments of IV.3 cover, so that each lead body can name its field.
 */
export const FIELDS_2023 = [
  { code: "dat_dai", vi: "Đất đai", en: "Land", focus: true },
  { code: "dang_ky_kinh_doanh", vi: "Đăng ký kinh doanh", en: "Business registration", focus: true },
  { code: "tu_phap_ho_tich", vi: "Tư pháp – hộ tịch", en: "Justice and civil status", focus: true },
  { code: "xay_dung", vi: "Xây dựng", en: "Construction", focus: true },
  { code: "cong_nghe_thong_tin", vi: "Công nghệ thông tin", en: "Information technology", focus: false },
  {
    code: "lao_dong_xa_hoi",
    vi: "Lao động, người có công và xã hội",
    en: "Labour and social affairs",
    focus: false,
  },
  { code: "tai_chinh", vi: "Tài chính", en: "Finance", focus: false },
] as const satisfies readonly FieldDef[];
