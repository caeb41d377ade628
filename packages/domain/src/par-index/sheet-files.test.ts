import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCORING_STATES } from "./scoring-rounds";
import {
  checkSubmit,
  fileRoundFor,
  mayRemoveSheetFile,
  maySeeSheetFile,
  SHEET_FILE_ROUNDS,
  type SubmitRow,
  submitProblems,
} from "./sheet-files";

const row = (over: Partial<SubmitRow>): SubmitRow => ({
  code: "1.2",
  leaf: true,
  evidenceRequired: true,
  self: 1,
  computed: null,
  selfNote: "Báo cáo số 12/BC-UBND ngày 05/12/2023",
  files: 1,
  ...over,
});

describe("evidence files on a PAR-index sheet", () => {
  it("join the self-score while the unit scores and the explanation after round 1, and no round otherwise", () => {
    expect(SCORING_STATES.map((s) => [s, fileRoundFor(s)])).toEqual([
      ["self_scoring", "self"],
      ["submitted", null],
      ["appraised_1", "explanation"],
      ["explained", null],
      ["appraised_2", null],
      ["locked", null],
    ]);
  });

  it("are the unit's alone until it sends their round: a draft never leaks to the province", () => {
    const states = fc.constantFrom(...SCORING_STATES);
    const rounds = fc.constantFrom(...SHEET_FILE_ROUNDS);
    fc.assert(
      fc.property(rounds, states, fc.boolean(), fc.boolean(), (round, state, explained, ofTheUnit) => {
        const seen = maySeeSheetFile(round, { state, explained }, ofTheUnit);
        const sent = round === "self" ? state !== "self_scoring" : explained;
        expect(seen).toBe(ofTheUnit || sent);
      }),
      { numRuns: 100 },
    );
    expect(maySeeSheetFile("self", { state: "self_scoring", explained: false }, false)).toBe(false);
    expect(maySeeSheetFile("self", { state: "submitted", explained: false }, false)).toBe(true);
    // Round 2 straight after round 1 (the unit let the deadline pass): its unsent explanation files stay its own.
    expect(maySeeSheetFile("explanation", { state: "appraised_2", explained: false }, false)).toBe(false);
  });

  it("can be removed only while their round is the unit's draft", () => {
    expect(mayRemoveSheetFile("self", "self_scoring")).toBe(true);
    expect(mayRemoveSheetFile("self", "appraised_1")).toBe(false);
    expect(mayRemoveSheetFile("explanation", "appraised_1")).toBe(true);
    expect(mayRemoveSheetFile("explanation", "explained")).toBe(false);
  });
});

describe("sending the self-score", () => {
  it("needs a justification and at least one file on every evidence-required leaf the unit gave points", () => {
    expect(checkSubmit([row({})]).ok).toBe(true);
    expect(submitProblems([row({ files: 0 })])).toEqual({
      missing: [],
      unjustified: [],
      withoutFiles: ["1.2"],
    });
    expect(submitProblems([row({ selfNote: " " })]).unjustified).toEqual(["1.2"]);
    const noFile = checkSubmit([row({ files: 0 })]);
    expect(noFile).toMatchObject({ ok: false, code: "PAR_INDEX.SCORE_INVALID", field: "scores" });
    expect(!noFile.ok && noFile.message).toBe(
      "Phiếu chấm điểm chưa gửi được: thiếu tài liệu kiểm chứng ở tiêu chí 1.2 / Scoring sheet cannot be sent: evidence file missing for 1.2",
    );
  });

  it("asks nothing of a leaf scored 0, of one without the requirement, of the system's figures", () => {
    expect(checkSubmit([row({ self: 0, files: 0, selfNote: "" })]).ok).toBe(true);
    expect(checkSubmit([row({ evidenceRequired: false, files: 0, selfNote: "" })]).ok).toBe(true);
    expect(checkSubmit([row({ self: null, computed: 2, files: 0, selfNote: "" })]).ok).toBe(true);
    expect(submitProblems([row({ self: null })]).missing).toEqual(["1.2"]);
    expect(submitProblems([row({ leaf: false, self: null, files: 0 })]).missing).toEqual([]);
  });

  it("passes exactly when no leaf is missing, unjustified or without files", () => {
    const arb = fc.array(
      fc.record({
        code: fc.constantFrom("1.1.1", "1.2", "2.3.4"),
        leaf: fc.boolean(),
        evidenceRequired: fc.boolean(),
        self: fc.option(fc.integer({ min: 0, max: 3 })),
        computed: fc.option(fc.integer({ min: 0, max: 3 })),
        selfNote: fc.constantFrom("", "Văn bản số 1"),
        files: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const p = submitProblems(rows);
        const none = p.missing.length + p.unjustified.length + p.withoutFiles.length === 0;
        expect(checkSubmit(rows).ok).toBe(none);
      }),
      { numRuns: 60 },
    );
  });
});
