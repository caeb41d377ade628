import type { IndexComponent, IndexLevel, IndexNode, IndexRule, IndexTree } from "./index-schemas";

/**
 * The 2023 example trees (departments, districts) in the structure of the Ministry's and Đồng Nai's
 * PAR indices: seven assessed fields, the satisfaction survey and the impact survey (100 points in
 * all), capped bonus and penalty points. The points are an EXAMPLE, to be replaced by the province's
 * decision — screens and exports say so (`example: true`).
 */
// Data, like the criteria's names: Vietnamese only (screens add the English note from their dictionary).
const EXAMPLE_BASIS = "Bộ chỉ số mẫu, sẽ được thay bằng quyết định của UBND tỉnh";

const field = (code: string, name: string, maxPoints: number, component: IndexComponent): IndexNode => ({
  code,
  name,
  maxPoints,
  component,
  evidenceRequired: false,
});
const group = (code: string, name: string, maxPoints: number): IndexNode => ({
  code,
  name,
  maxPoints,
  evidenceRequired: false,
});
const leaf = (
  code: string,
  name: string,
  maxPoints: number,
  rule: IndexRule,
  evidenceRequired = true,
): IndexNode => ({
  code,
  name,
  maxPoints,
  rule,
  evidenceRequired,
});
const manual: IndexRule = { kind: "manual" };
const fixed: IndexRule = { kind: "fixed" };
/** Completion of a task, as the unit states it: full, most (≥ 80 %), less. */
const completion = (max: number): IndexRule => ({
  kind: "tiered",
  tiers: [
    { min: 100, points: max },
    { min: 80, points: max / 2 },
  ],
});

function nodes(level: IndexLevel): IndexNode[] {
  const dept = level === "department";
  const subs = dept ? "phòng, đơn vị trực thuộc và đơn vị thuộc lĩnh vực" : "phòng chuyên môn và UBND cấp xã";
  return [
    field("1", "Công tác chỉ đạo, điều hành cải cách hành chính", 12, "assessment"),
    group("1.1", "Kế hoạch cải cách hành chính năm", 3),
    leaf("1.1.1", "Ban hành kế hoạch CCHC năm kịp thời", 0.5, fixed),
    leaf("1.1.2", "Xác định đầy đủ nhiệm vụ, kết quả, thời hạn hoàn thành", 0.5, manual),
    leaf("1.1.3", "Mức độ hoàn thành kế hoạch CCHC", 2, completion(2)),
    leaf("1.2", "Báo cáo CCHC định kỳ đầy đủ, đúng hạn", 1, fixed),
    group("1.3", "Kiểm tra công tác cải cách hành chính", 4),
    leaf(
      "1.3.1",
      `Tỷ lệ ${subs} được kiểm tra nội bộ trong năm (chỉ tiêu 60 %)`,
      1.5,
      {
        kind: "formula",
        expr: "min(1.5, 1.5 * internal_coverage_rate / 60)",
      },
      false,
    ),
    leaf(
      "1.3.2",
      "Xử lý các vấn đề phát hiện qua kiểm tra: kiến nghị khắc phục đúng hạn",
      1.5,
      {
        kind: "formula",
        expr: "1.5 * recommendations_on_time_rate / 100",
      },
      false,
    ),
    leaf(
      "1.3.3",
      "Kết quả kiểm tra CCHC của tỉnh tại đơn vị (trừ 0,25 điểm mỗi nội dung không đạt)",
      1,
      {
        kind: "formula",
        expr: "max(0, 1 - 0.25 * province_findings_failed)",
      },
      false,
    ),
    group("1.4", "Công tác thông tin, tuyên truyền CCHC", 1.5),
    leaf("1.4.1", "Ban hành kế hoạch tuyên truyền CCHC", 0.5, fixed),
    leaf("1.4.2", "Mức độ thực hiện kế hoạch tuyên truyền", 1, completion(1)),
    leaf("1.5", "Sáng kiến, giải pháp mới trong cải cách hành chính", 1, manual),
    leaf("1.6", "Thực hiện nhiệm vụ UBND tỉnh giao", 1.5, completion(1.5)),

    field(
      "2",
      dept
        ? "Xây dựng và tổ chức thực hiện văn bản QPPL thuộc phạm vi quản lý của ngành"
        : "Cải cách thể chế",
      7,
      "assessment",
    ),
    leaf("2.1", "Tham mưu, ban hành văn bản QPPL theo kế hoạch", 2, completion(2)),
    group("2.2", "Rà soát, hệ thống hóa văn bản QPPL", 2),
    leaf("2.2.1", "Ban hành kế hoạch rà soát", 0.5, fixed),
    leaf("2.2.2", "Xử lý kết quả rà soát", 1.5, manual),
    leaf("2.3", "Kiểm tra, xử lý văn bản QPPL", 1.5, manual),
    leaf("2.4", "Theo dõi thi hành pháp luật", 1.5, manual),

    field("3", "Cải cách thủ tục hành chính", 14, "assessment"),
    group("3.1", "Công khai thủ tục hành chính", 2),
    leaf("3.1.1", "Niêm yết đầy đủ, đúng quy định tại Bộ phận Một cửa", 1, fixed),
    leaf("3.1.2", "Công khai trên Cổng dịch vụ công của tỉnh", 1, fixed),
    group("3.2", "Thực hiện cơ chế một cửa, một cửa liên thông", 5),
    leaf(
      "3.2.1",
      "Tỷ lệ hồ sơ giải quyết đúng hạn",
      3,
      {
        kind: "tiered",
        figure: "dossier_on_time_rate",
        tiers: [
          { min: 100, points: 3 },
          { min: 98, points: 2 },
          { min: 95, points: 1 },
        ],
      },
      false,
    ),
    leaf(
      "3.2.2",
      "Tác phong, thái độ của công chức tại Bộ phận Một cửa (vi phạm qua camera, trừ 0,5 điểm mỗi vi phạm)",
      2,
      {
        kind: "formula",
        expr: "max(0, 2 - 0.5 * camera_violations)",
      },
      false,
    ),
    leaf("3.3", "Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC", 2, manual),
    leaf(
      "3.4",
      "Tỷ lệ hồ sơ dịch vụ công trực tuyến",
      3,
      {
        kind: "tiered",
        figure: "online_service_rate",
        tiers: [
          { min: 50, points: 3 },
          { min: 30, points: 2 },
          { min: 20, points: 1 },
        ],
      },
      false,
    ),
    leaf(
      "3.5",
      "Số hóa hồ sơ, kết quả giải quyết TTHC",
      2,
      {
        kind: "tiered",
        figure: "digitisation_rate",
        tiers: [
          { min: 80, points: 2 },
          { min: 50, points: 1 },
        ],
      },
      false,
    ),

    field("4", "Cải cách tổ chức bộ máy hành chính nhà nước", 6, "assessment"),
    leaf("4.1", "Sắp xếp, kiện toàn tổ chức bộ máy theo quy định", 2, fixed),
    leaf("4.2", "Thực hiện quy định về quản lý biên chế", 2, completion(2)),
    leaf("4.3", "Thực hiện phân cấp quản lý", 2, manual),

    field("5", "Cải cách chế độ công vụ", 9, "assessment"),
    leaf("5.1", "Xác định và thực hiện vị trí việc làm", 2, fixed),
    leaf("5.2", "Tuyển dụng, sử dụng và quản lý cán bộ, công chức, viên chức", 2, manual),
    group("5.3", "Chấp hành kỷ luật, kỷ cương hành chính", 3),
    leaf("5.3.1", "Không có cán bộ, công chức bị kỷ luật trong năm", 1.5, fixed),
    leaf("5.3.2", "Kiểm tra công vụ, chấn chỉnh kỷ cương", 1.5, manual),
    leaf("5.4", "Đào tạo, bồi dưỡng cán bộ, công chức theo kế hoạch", 2, completion(2)),

    field("6", "Cải cách tài chính công", 6, "assessment"),
    leaf("6.1", "Quản lý, sử dụng ngân sách nhà nước", 2, manual),
    leaf("6.2", "Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập", 2, manual),
    leaf("6.3", "Thực hiện kiến nghị của thanh tra, kiểm toán về tài chính", 2, completion(2)),

    field("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 10, "assessment"),
    leaf("7.1", "Văn bản điện tử và chữ ký số", 3, completion(3)),
    leaf("7.2", "Sử dụng Hệ thống thông tin giải quyết TTHC", 3, manual),
    leaf("7.3", "Cổng/Trang thông tin điện tử đúng quy định", 2, fixed),
    leaf("7.4", "Chuyển đổi số trong hoạt động của cơ quan", 2, manual),

    field("8", "Khảo sát sự hài lòng của người dân, tổ chức", 20, "survey"),
    leaf("8.1", "Tiếp cận dịch vụ hành chính công", 5, manual, false),
    leaf("8.2", "Thủ tục hành chính", 5, manual, false),
    leaf("8.3", "Công chức trực tiếp giải quyết công việc", 5, manual, false),
    leaf("8.4", "Kết quả giải quyết công việc", 5, manual, false),

    field("9", "Đánh giá tác động của cải cách hành chính", 16, "survey"),
    leaf("9.1", "Tác động đến chất lượng quản lý nhà nước", 8, manual, false),
    leaf(
      "9.2",
      dept
        ? "Tác động đến phát triển của ngành, lĩnh vực"
        : "Tác động đến phát triển kinh tế - xã hội địa phương",
      8,
      manual,
      false,
    ),

    field("10", "Điểm thưởng", 3, "bonus"),
    leaf("10.1", "Sáng kiến CCHC được cấp có thẩm quyền công nhận", 2, manual),
    leaf("10.2", "Mô hình, cách làm hay được nhân rộng", 2, manual),

    field("11", "Điểm trừ", 5, "penalty"),
    leaf("11.1", "Chậm gửi báo cáo, kế hoạch CCHC", 2, manual, false),
    leaf("11.2", "Để xảy ra sai phạm về TTHC gây bức xúc dư luận", 5, manual, false),
  ];
}

export function exampleIndexTree(year: number, level: Exclude<IndexLevel, "commune">): IndexTree {
  return {
    year,
    level,
    title:
      level === "department"
        ? `Bộ chỉ số CCHC các sở, ban, ngành năm ${year}`
        : `Bộ chỉ số CCHC UBND các huyện, thành phố năm ${year}`,
    basis: EXAMPLE_BASIS,
    example: true,
    nodes: nodes(level),
  };
}
