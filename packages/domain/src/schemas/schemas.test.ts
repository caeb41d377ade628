import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkAgainstTemplate } from "../rules/template-conformance";
import { PLAN_TEMPLATES } from "../templates/registry";
import { ConcludeInput, RecommendationResponseInput, VerifyRecommendationInput } from "./conclusion-schemas";
import { RATING_LABELS, RATINGS, RecordFindingInput } from "./finding-schemas";
import { CreateInspectionInput, ScheduleInput, TeamMemberInput } from "./inspection-schemas";
import { CreatePlanInput } from "./plan-schemas";

const fieldErrors = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? {} : (z.flattenError(r.error).fieldErrors as Record<string, string[]>);
};

const inspection = {
  planId: 1,
  targetUnitId: 26002,
  form: "announced",
  areas: ["1", "2"],
  fields: ["dat_dai"],
  leadBody: "so_noi_vu",
  startDate: "2023-03-13",
  endDate: "2023-03-14",
  noticeDate: "2023-03-06",
};

describe("input schemas name the field, Vietnamese first", () => {
  it("CreatePlanInput", () => {
    expect(CreatePlanInput.parse({ year: 2023, template: "dong-nai-2023" })).toEqual({
      year: 2023,
      template: "dong-nai-2023",
    });
    const e = fieldErrors(CreatePlanInput, { year: 1999, template: "x" });
    expect(e.year?.[0]).toMatch(/^Năm kế hoạch.* \/ Plan year/);
    expect(e.template?.[0]).toMatch(/^Mẫu kế hoạch/);
  });

  it("CreateInspectionInput", () => {
    expect(CreateInspectionInput.safeParse(inspection).success).toBe(true);
    const e = fieldErrors(CreateInspectionInput, {
      ...inspection,
      startDate: "13/03/2023",
      areas: [],
      form: "phone",
    });
    expect(e.startDate?.[0]).toBe(
      "Ngày bắt đầu: ngày không hợp lệ, nhập theo dạng dd/mm/yyyy / Start date: invalid date, enter it as dd/mm/yyyy",
    );
    expect(e.areas?.[0]).toMatch(/^Nội dung kiểm tra/);
    expect(e.form?.[0]).toMatch(/^Hình thức kiểm tra/);
    expect(fieldErrors(CreateInspectionInput, { ...inspection, endDate: "2023-03-10" }).endDate?.[0]).toMatch(
      /^Ngày kết thúc/,
    );
    expect(fieldErrors(CreateInspectionInput, { ...inspection, form: "surprise" }).noticeDate?.[0]).toMatch(
      /đột xuất/,
    );
    expect(fieldErrors(CreateInspectionInput, { ...inspection, planId: undefined }).planId?.[0]).toMatch(
      /^Kế hoạch/,
    );
  });

  it("ScheduleInput and TeamMemberInput", () => {
    expect(
      ScheduleInput.safeParse({ inspectionId: 3, startDate: "2023-03-13", endDate: "2023-03-13" }).success,
    ).toBe(true);
    expect(
      fieldErrors(TeamMemberInput, { inspectionId: 3, name: "A", body: "Sở Nội vụ", role: "boss" }),
    ).toMatchObject({
      name: [expect.stringMatching(/^Họ tên: ít nhất 2 ký tự/)],
      role: [expect.stringMatching(/^Vai trò trong đoàn/)],
    });
  });

  it("RecordFindingInput with the four ratings and their labels", () => {
    for (const rating of RATINGS) {
      expect(RecordFindingInput.parse({ inspectionId: 1, itemCode: "3b.1", rating }).note).toBe("");
      expect(RATING_LABELS[rating].vi.length).toBeGreaterThan(1);
    }
    const e = fieldErrors(RecordFindingInput, { inspectionId: 1, itemCode: "3 b", rating: "good" });
    expect(e.itemCode?.[0]).toMatch(/^Mã nội dung/);
    expect(e.rating?.[0]).toMatch(/^Đánh giá/);
  });

  it("ConcludeInput, RecommendationResponseInput, VerifyRecommendationInput", () => {
    const conclusion = {
      inspectionId: 1,
      number: "12/KL-SNV",
      date: "2023-04-10",
      summary: "Đơn vị thực hiện tốt phần lớn nhiệm vụ.",
      recommendations: [{ text: "Công khai đủ TTHC", deadline: "2023-03-01" }],
    };
    const r = ConcludeInput.safeParse(conclusion);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual(["recommendations", 0, "deadline"]);
    expect(
      fieldErrors(RecommendationResponseInput, { recommendationId: 1, response: "" }).response?.[0],
    ).toMatch(/^Kết quả khắc phục/);
    expect(
      VerifyRecommendationInput.safeParse({
        recommendationId: 1,
        verdict: "resolved",
        verifiedOn: "2023-06-01",
      }).success,
    ).toBe(true);
  });
});

describe("choices checked against the plan's template", () => {
  const t = PLAN_TEMPLATES["dong-nai-2023"];
  it("refuses areas, fields and lead bodies the template does not have", () => {
    const ok = { form: "announced", areas: ["1"], fields: ["dat_dai"], leadBody: "so_tu_phap" } as const;
    expect(checkAgainstTemplate(t, ok).ok).toBe(true);
    for (const [bad, code] of [
      [{ areas: ["9"] }, "INSPECTION.UNKNOWN_AREA"],
      [{ fields: ["y_te"] }, "INSPECTION.UNKNOWN_FIELD"],
      [{ leadBody: "so_nnmt" }, "INSPECTION.UNKNOWN_LEAD_BODY"],
    ] as const) {
      const r = checkAgainstTemplate(t, { ...ok, ...bad });
      expect(r.ok || r.code).toBe(code);
    }
  });
});
