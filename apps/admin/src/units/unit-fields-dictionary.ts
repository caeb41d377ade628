import type { AppDictionary } from "@par/ui";

const vi = {
  title: "Lĩnh vực đơn vị giải quyết thủ tục hành chính",
  hint: "Lĩnh vực trọng tâm của Kế hoạch (đất đai, đăng ký kinh doanh, tư pháp – hộ tịch, xây dựng) được ưu tiên khi đề xuất đơn vị kiểm tra.",
  none: "Chưa khai báo lĩnh vực",
  focus: "trọng tâm",
  save: "Lưu lĩnh vực",
  saved: "Đã lưu lĩnh vực của đơn vị",
};
const en: typeof vi = {
  title: "Fields the unit handles procedures in",
  hint: "The plan's focus fields (land, business registration, justice and civil status, construction) weigh in the proposal of units to inspect.",
  none: "No fields recorded",
  focus: "focus",
  save: "Save fields",
  saved: "The unit's fields were saved",
};

export const unitFieldsDictionary: AppDictionary = { vi: { unitFields: vi }, en: { unitFields: en } };
