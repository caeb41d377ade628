import { describe, expect, it } from "vitest";
import { joinBilingual } from "../core/result";
import { AppraisalInput, SelfScoreInput } from "./par-index-inputs";
import { checkSubmit } from "./sheet-files";
import { notScoredCriterion, pointsRefused, SCORE_SHEET_FIELD_LABELS } from "./sheet-messages";

/** The first message zod gives for the input, as the server's error formatter groups it (by top field). */
function refusal(schema: typeof SelfScoreInput | typeof AppraisalInput, input: unknown) {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected a refusal");
  return { field: String(r.error.issues[0]?.path[0]), message: r.error.issues[0]?.message ?? "" };
}

describe("refusals of a scoring sheet name the sheet and the sub-criterion, never 'Điểm'", () => {
  it("labels the inputs' lists as the scoring sheet", () => {
    expect(SCORE_SHEET_FIELD_LABELS.scores).toEqual({ vi: "Phiếu chấm điểm", en: "Scoring sheet" });
    expect(SCORE_SHEET_FIELD_LABELS.items).toEqual(SCORE_SHEET_FIELD_LABELS.scores);
  });

  it("names the sub-criterion whose points are out of bounds, for the self-score and the appraisal", () => {
    const key = { unitId: 1, year: 2026 };
    expect(refusal(SelfScoreInput, { ...key, scores: [{ code: "2.1.3", points: -1 }] })).toEqual({
      field: "scores",
      message:
        "Phiếu chấm điểm, tiêu chí 2.1.3: điểm không được âm / Scoring sheet, criterion 2.1.3: points must not be negative",
    });
    const over = refusal(AppraisalInput, { ...key, scores: [{ code: "1.2", points: 1001 }] });
    expect(over.message).toMatch(/^Phiếu chấm điểm, tiêu chí 1\.2: điểm tối đa 1000 \/ /);
    expect(refusal(SelfScoreInput, { ...key, scores: [{ code: "1.2", points: "x" }] }).message).toMatch(
      /^Phiếu chấm điểm: điểm phải là số \/ Scoring sheet: points must be a number$/,
    );
    expect(SelfScoreInput.safeParse({ ...key, scores: [{ code: "1.2", points: null }] }).success).toBe(true);
  });

  it("says what a leaf's rule allows, decimals written the Vietnamese way", () => {
    expect(joinBilingual(pointsRefused("1.2", 0.5, { kind: "fixed" }, 1))).toBe(
      "Phiếu chấm điểm, tiêu chí 1.2: không nhận 0,5 điểm (tối đa 1, chỉ 0 hoặc tối đa) / Scoring sheet, criterion 1.2: cannot get 0.5 points (maximum 1, only 0 or the maximum)",
    );
    expect(notScoredCriterion("3").vi).toBe("Phiếu chấm điểm, tiêu chí 3: không phải tiêu chí được chấm");
  });

  it("lists each problem of a submit with its sub-criteria", () => {
    const leaf = { leaf: true, evidenceRequired: true, computed: null, files: 0 };
    const r = checkSubmit([
      { ...leaf, code: "1.1", self: null, selfNote: "" },
      { ...leaf, code: "2.1", self: 1, selfNote: "" },
    ]);
    expect(!r.ok && r.message).toBe(
      "Phiếu chấm điểm chưa gửi được: chưa chấm tiêu chí 1.1; thiếu thuyết minh ở tiêu chí 2.1; thiếu tài liệu kiểm chứng ở tiêu chí 2.1" +
        " / Scoring sheet cannot be sent: criteria not scored: 1.1; justification missing for 2.1; evidence file missing for 2.1",
    );
  });
});
