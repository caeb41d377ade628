import type { Role } from "@par/domain";

/** Demo sign-ins, one per role (README lists them); all share PAR_DEMO_PASSWORD. */
export const DEMO_USERS: readonly {
  username: string;
  displayName: string;
  role: Role;
  /** Code of the bound unit, for roles that need one. */
  unitCode: string | null;
}[] = [
  { username: "snv.admin", displayName: "Phòng CCHC – Sở Nội vụ", role: "province_admin", unitCode: null },
  {
    username: "vp.ubnd",
    displayName: "Phòng KSTTHC – Văn phòng UBND tỉnh",
    role: "province_office",
    unitCode: null,
  },
  { username: "so.tuphap", displayName: "Thanh tra Sở Tư pháp", role: "sector_inspector", unitCode: "STP" },
  {
    username: "so.gddt",
    displayName: "Văn phòng Sở Giáo dục và Đào tạo",
    role: "unit_officer",
    unitCode: "SGDDT",
  },
  {
    username: "ubnd.bienhoa",
    displayName: "Văn phòng HĐND và UBND thành phố Biên Hòa",
    role: "unit_officer",
    unitCode: "731",
  },
  {
    username: "ubnd.xuanloc",
    displayName: "Văn phòng HĐND và UBND huyện Xuân Lộc",
    role: "unit_officer",
    unitCode: "741",
  },
  // The heads who sign what their clerks submit (review loop): one per demo unit.
  {
    username: "ld.gddt",
    displayName: "Lãnh đạo Sở Giáo dục và Đào tạo",
    role: "unit_head",
    unitCode: "SGDDT",
  },
  {
    username: "ld.bienhoa",
    displayName: "Lãnh đạo UBND thành phố Biên Hòa",
    role: "unit_head",
    unitCode: "731",
  },
  { username: "ld.xuanloc", displayName: "Lãnh đạo UBND huyện Xuân Lộc", role: "unit_head", unitCode: "741" },
  { username: "camera.1", displayName: "Cán bộ giám sát camera 1", role: "camera_reviewer", unitCode: null },
  { username: "lanhdao", displayName: "Lãnh đạo UBND tỉnh", role: "leader", unitCode: null },
  {
    username: "bo.noivu",
    displayName: "Vụ Cải cách hành chính – Bộ Nội vụ",
    role: "national_reader",
    unitCode: null,
  },
];
