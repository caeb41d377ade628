/**
 * Stable codes for the 21 provincial agencies (the GSO catalogue has none): abbreviations as the
 * province writes them. A name missing here stops the seed rather than inventing a code silently.
 */
export const AGENCY_CODES: Record<string, string> = {
  "Văn phòng UBND tỉnh": "VPUBND",
  "Sở Nội vụ": "SNV",
  "Sở Tư pháp": "STP",
  "Sở Kế hoạch và Đầu tư": "SKHDT",
  "Sở Tài chính": "STC",
  "Sở Công Thương": "SCT",
  "Sở Nông nghiệp và Phát triển nông thôn": "SNNPTNT",
  "Sở Giao thông vận tải": "SGTVT",
  "Sở Xây dựng": "SXD",
  "Sở Tài nguyên và Môi trường": "STNMT",
  "Sở Thông tin và Truyền thông": "STTTT",
  "Sở Lao động - Thương binh và Xã hội": "SLDTBXH",
  "Sở Văn hóa, Thể thao và Du lịch": "SVHTTDL",
  "Sở Khoa học và Công nghệ": "SKHCN",
  "Sở Giáo dục và Đào tạo": "SGDDT",
  "Sở Y tế": "SYT",
  "Sở Ngoại vụ": "SNGV",
  "Thanh tra tỉnh": "TTT",
  "Ban Dân tộc": "BDT",
  "Ban Quản lý các khu công nghiệp Đồng Nai": "BQLKCN",
  "Ban Quản lý Khu công nghệ cao công nghệ sinh học": "BQLCNC",
};

export function agencyCode(name: string): string {
  const code = AGENCY_CODES[name];
  if (!code) throw new Error(`No code for agency "${name}": add it to AGENCY_CODES`);
  return code;
}
