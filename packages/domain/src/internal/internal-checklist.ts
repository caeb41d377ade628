/**
 * The checklist of a department's or district's internal inspection (kiểm tra nội bộ), plan IV.4 ¶2:
 * "kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông; tiếp nhận, giải quyết TTHC; ứng dụng
 * CNTT; xử lý phản ánh, kiến nghị; tác phong, thái độ của công chức tại Bộ phận Một cửa". Data, not
 * code: every finding of an internal inspection names one of these items.
 */
export const INTERNAL_CHECKLIST = [
  {
    code: "mc",
    vi: "Thực hiện cơ chế một cửa, một cửa liên thông",
    en: "One-stop and inter-agency one-stop mechanism",
  },
  {
    code: "tthc",
    vi: "Tiếp nhận, giải quyết thủ tục hành chính",
    en: "Reception and handling of administrative procedures",
  },
  {
    code: "cntt",
    vi: "Ứng dụng công nghệ thông tin",
    en: "Use of information technology",
  },
  {
    code: "pakn",
    vi: "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp",
    en: "Handling of citizens' and businesses' feedback",
  },
  {
    code: "tacphong",
    vi: "Tác phong, thái độ của công chức tại Bộ phận Một cửa",
    en: "Conduct of staff at the one-stop counter",
  },
] as const satisfies readonly { code: string; vi: string; en: string }[];

export type InternalItemCodeValue = (typeof INTERNAL_CHECKLIST)[number]["code"];
export const INTERNAL_ITEM_CODES = INTERNAL_CHECKLIST.map((i) => i.code) as [
  InternalItemCodeValue,
  ...InternalItemCodeValue[],
];

export function internalItem(code: string) {
  return INTERNAL_CHECKLIST.find((i) => i.code === code);
}
