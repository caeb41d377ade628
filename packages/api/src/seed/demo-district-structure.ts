/**
 * Invented (is_demo) specialised divisions (phòng chuyên môn) of each district People's Committee,
 * after the government's standard list: a city has Phòng Kinh tế and Phòng Quản lý đô thị,
 * a rural district Phòng Kinh tế – Hạ tầng and Phòng Nông nghiệp và PTNT.
 */
const COMMON: readonly (readonly [suffix: string, name: string])[] = [
  ["VP", "Văn phòng HĐND và UBND"],
  ["NV", "Phòng Nội vụ"],
  ["TP", "Phòng Tư pháp"],
  ["TCKH", "Phòng Tài chính – Kế hoạch"],
  ["TNMT", "Phòng Tài nguyên và Môi trường"],
  ["LDTBXH", "Phòng Lao động – Thương binh và Xã hội"],
  ["VHTT", "Phòng Văn hóa và Thông tin"],
  ["GDDT", "Phòng Giáo dục và Đào tạo"],
  ["YT", "Phòng Y tế"],
];

const CITY_ONLY = [
  ["KT", "Phòng Kinh tế"],
  ["QLDT", "Phòng Quản lý đô thị"],
] as const;

const RURAL_ONLY = [
  ["KTHT", "Phòng Kinh tế – Hạ tầng"],
  ["NNPTNT", "Phòng Nông nghiệp và Phát triển nông thôn"],
] as const;

export function districtDivisions(gsoType: string): { suffix: string; name: string }[] {
  const isCity = gsoType === "Thành phố" || gsoType === "Thị xã";
  // "Thanh tra" + the district's name gives "Thanh tra thành phố Biên Hòa" (not "thành phố thành phố").
  const inspectorate: readonly [string, string] = ["TT", "Thanh tra"];
  return [...COMMON, inspectorate, ...(isCity ? CITY_ONLY : RURAL_ONLY)].map(([suffix, name]) => ({
    suffix,
    name,
  }));
}
