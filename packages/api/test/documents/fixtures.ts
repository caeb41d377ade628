import type { DocumentHead, PlanRef, Signer } from "../../src/documents";

/** Realistic facts of Đồng Nai in 2023 (people's names are invented). */
export const PLAN_284: PlanRef = {
  number: "284/KH-UBND",
  date: "2022-12-29",
  issuer: "UBND tỉnh Đồng Nai",
  year: 2023,
};

export const SNV_HEAD: DocumentHead = {
  issuer: { parent: "UBND tỉnh Đồng Nai", name: "Sở Nội vụ", place: "Đồng Nai" },
  number: "12/QĐ-SNV",
  date: "2023-03-15",
};

export const DEPUTY_DIRECTOR: Signer = {
  authority: "KT. Giám đốc",
  title: "Phó Giám đốc",
  name: "Trần Văn Minh",
};

export const TEAM = [
  {
    name: "Nguyễn Thị Thu Hà",
    position: "Trưởng phòng Cải cách hành chính",
    body: "Sở Nội vụ",
    role: "member",
  },
  { name: "Trần Văn Minh", position: "Phó Giám đốc", body: "Sở Nội vụ", role: "leader" },
  { name: "Lê Quang Vinh", position: "Chuyên viên", body: "Sở Nội vụ", role: "secretary" },
  { name: "Phạm Thị Lan", position: "Phó Chánh Văn phòng", body: "Sở Tư pháp", role: "member" },
] as const;
