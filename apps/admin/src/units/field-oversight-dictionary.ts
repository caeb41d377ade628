import type { AppDictionary } from "@par/ui";

const vi = {
  title: "Đơn vị thuộc phạm vi quản lý ngành, lĩnh vực (kiểm tra nội bộ, mục IV.4)",
  hint: "Các đơn vị ngoài cây trực thuộc mà sở, ngành này phải kiểm tra nội bộ; được tính vào diện kiểm tra của sở.",
  empty: "Chưa có đơn vị nào.",
  add: "Thêm đơn vị",
  choose: "Đơn vị thuộc lĩnh vực",
  remove: "Bỏ",
  added: "Đã thêm {{name}} vào lĩnh vực quản lý",
  removed: "Đã bỏ {{name}} khỏi lĩnh vực quản lý",
};
const en: typeof vi = {
  title: "Units in the department's field of management (internal inspection, section IV.4)",
  hint: "Units outside its own tree that this department inspects internally; they count in its pool.",
  empty: "No units yet.",
  add: "Add unit",
  choose: "Unit in the field",
  remove: "Remove",
  added: "{{name}} added to the field",
  removed: "{{name}} removed from the field",
};

export const fieldOversightDictionary: AppDictionary = {
  vi: { fieldOversight: vi },
  en: { fieldOversight: en },
};
