import { type Lang, ROLE_LABELS, TIER_LABELS, UNIT_KIND_LABELS } from "../labels/labels";

type Dict = Record<string, string>;

function pick(table: Record<string, Record<Lang, string>>, lang: Lang): Dict {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]]));
}

const vi = {
  product: "PAR Inspect",
  productTagline: "Kiểm tra cải cách hành chính — Sở Nội vụ tỉnh Đồng Nai",
  common: {
    loading: "Đang tải…",
    retry: "Thử lại",
    save: "Lưu",
    cancel: "Hủy",
    close: "Đóng",
    edit: "Sửa",
    add: "Thêm",
    search: "Tìm kiếm",
    yes: "Có",
    no: "Không",
    none: "—",
    back: "Quay lại",
    present: "nay",
    saved: "Đã lưu",
    error: "Có lỗi",
    dateHint: "dd/mm/yyyy",
    invalidDate: "Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy",
    notFound: "Không tìm thấy",
  },
  lang: { label: "Ngôn ngữ", vi: "VI", en: "EN" },
  auth: {
    title: "Đăng nhập",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    usernameRequired: "Nhập tên đăng nhập",
    passwordRequired: "Nhập mật khẩu",
    submit: "Đăng nhập",
    logout: "Đăng xuất",
    noAccessTitle: "Không có quyền truy cập",
    noAccessBody:
      "Tài khoản {{name}} không có quyền sử dụng ứng dụng {{app}}. Hãy đăng nhập bằng tài khoản khác hoặc liên hệ quản trị viên.",
    otherAccount: "Đăng nhập tài khoản khác",
    sessionError: "Không kiểm tra được phiên đăng nhập",
  },
  forbidden: {
    title: "Không có quyền",
    body: "Bạn không có quyền xem nội dung này.",
  },
  unit: {
    code: "Mã đơn vị",
    name: "Tên đơn vị",
    kind: "Loại đơn vị",
    tier: "Cấp",
    parent: "Đơn vị cấp trên",
    parentId: "Đơn vị cấp trên",
    validity: "Hiệu lực",
    validFrom: "Hiệu lực từ ngày",
    validTo: "Hết hiệu lực ngày",
    manySubordinates: "Đơn vị có nhiều đơn vị trực thuộc",
    hasOneStopShop: "Có Bộ phận Một cửa",
    isDemo: "Dữ liệu minh họa",
    children: "Đơn vị trực thuộc",
    noChildren: "Không có đơn vị trực thuộc",
    closed: "Đã hết hiệu lực",
    flags: "Đặc điểm",
  },
  role: {},
  kind: {},
  tier: {},
};

export type CommonDictionary = typeof vi;

const en: CommonDictionary = {
  product: "PAR Inspect",
  productTagline: "Administrative reform inspections — Đồng Nai Department of Home Affairs",
  common: {
    loading: "Loading…",
    retry: "Retry",
    save: "Save",
    cancel: "Cancel",
    close: "Close",
    edit: "Edit",
    add: "Add",
    search: "Search",
    yes: "Yes",
    no: "No",
    none: "—",
    back: "Back",
    present: "present",
    saved: "Saved",
    error: "Error",
    dateHint: "dd/mm/yyyy",
    invalidDate: "Invalid date, use dd/mm/yyyy",
    notFound: "Not found",
  },
  lang: { label: "Language", vi: "VI", en: "EN" },
  auth: {
    title: "Sign in",
    username: "Username",
    password: "Password",
    usernameRequired: "Enter your username",
    passwordRequired: "Enter your password",
    submit: "Sign in",
    logout: "Sign out",
    noAccessTitle: "No access",
    noAccessBody:
      "The account {{name}} may not use the {{app}} app. Sign in with another account or ask an administrator.",
    otherAccount: "Sign in with another account",
    sessionError: "Could not check the session",
  },
  forbidden: {
    title: "No access",
    body: "You may not view this content.",
  },
  unit: {
    code: "Unit code",
    name: "Unit name",
    kind: "Kind",
    tier: "Tier",
    parent: "Parent unit",
    parentId: "Parent unit",
    validity: "Validity",
    validFrom: "Valid from",
    validTo: "Valid to",
    manySubordinates: "Has many subordinate units",
    hasOneStopShop: "Has a one-stop shop",
    isDemo: "Demo data",
    children: "Subordinate units",
    noChildren: "No subordinate units",
    closed: "Closed",
    flags: "Flags",
  },
  role: {},
  kind: {},
  tier: {},
};

export const COMMON_DICTIONARY: Record<Lang, CommonDictionary> = {
  vi: {
    ...vi,
    role: pick(ROLE_LABELS, "vi"),
    kind: pick(UNIT_KIND_LABELS, "vi"),
    tier: pick(TIER_LABELS, "vi"),
  },
  en: {
    ...en,
    role: pick(ROLE_LABELS, "en"),
    kind: pick(UNIT_KIND_LABELS, "en"),
    tier: pick(TIER_LABELS, "en"),
  },
};
