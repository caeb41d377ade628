import { z } from "zod";
import { INSPECTION_FORMS } from "../templates/template-types";
import { TIERS } from "../units/unit-kinds";
import { dateField, idField, textField, yearField } from "./fields";
import { PageInput } from "./page-schemas";

/** Inputs of the plan and proposal procedures (plans.*, proposal.*). Every message names its field. */

export const PlanYearInput = z.object({ year: yearField("year", "Năm kế hoạch", "Plan year") });
export type PlanYearInput = z.infer<typeof PlanYearInput>;

const pctMsg = "Chỉ tiêu: số nguyên từ 0 đến 100 / Quota: an integer from 0 to 100";

export const AdjustQuotasInput = z.object({
  year: yearField("year", "Năm kế hoạch", "Plan year"),
  quotas: z
    .array(
      z.object({
        tier: z.enum(TIERS, {
          error:
            "Khối phải là sở, ban, ngành; cấp huyện hoặc cấp xã / Tier must be departments, districts or communes",
        }),
        pct: z.number({ error: pctMsg }).int(pctMsg).min(0, pctMsg).max(100, pctMsg),
      }),
      { error: "Chỉ tiêu là bắt buộc / Quotas are required" },
    )
    .min(1, "Chỉ tiêu: ít nhất một khối / Quotas: at least one tier")
    .max(10, "Chỉ tiêu: tối đa 10 / Quotas: at most 10")
    .refine(
      (qs) => new Set(qs.map((q) => q.tier)).size === qs.length,
      "Chỉ tiêu: mỗi khối một lần / Quotas: each tier once",
    ),
});
export type AdjustQuotasInput = z.infer<typeof AdjustQuotasInput>;

/** Approval is when the plan is issued: its number and date go on every document that cites it. */
export const ApprovePlanInput = z.object({
  year: yearField("year", "Năm kế hoạch", "Plan year"),
  number: textField("number", "Số kế hoạch", "Plan number", 1, 50),
  issuedDate: dateField("issuedDate", "Ngày ban hành", "Issue date"),
  issuer: textField("issuer", "Cơ quan ban hành", "Issuer", 2, 200).optional(),
});
export type ApprovePlanInput = z.infer<typeof ApprovePlanInput>;

// `_key` names the field for the reader; messages carry the label only.
const intIn = (_key: string, vi: string, en: string, min: number, max: number) => {
  const msg = `${vi}: số nguyên từ ${min} đến ${max} / ${en}: an integer from ${min} to ${max}`;
  return z.number({ error: msg }).int(msg).min(min, msg).max(max, msg);
};

export const ProposalRunInput = z.object({
  year: yearField("year", "Năm kế hoạch", "Plan year"),
  seed: intIn("seed", "Hạt giống ngẫu nhiên", "Seed", 0, 2_147_483_647).optional(),
  monthlyCapacity: intIn("monthlyCapacity", "Số cuộc mỗi tháng", "Inspections per month", 1, 200).optional(),
  startMonth: intIn("startMonth", "Tháng bắt đầu", "First month", 1, 12).optional(),
  exclude: z
    .array(idField("exclude", "Đơn vị loại trừ", "Excluded unit"))
    .max(500, "Đơn vị loại trừ: tối đa 500 / Excluded units: at most 500")
    .optional(),
});
export type ProposalRunInput = z.infer<typeof ProposalRunInput>;

const ON_SITE = INSPECTION_FORMS.filter((f) => f === "announced" || f === "surprise") as [
  "announced",
  "surprise",
];

export const ProposalAcceptInput = z.object({
  year: yearField("year", "Năm kế hoạch", "Plan year"),
  picks: z
    .array(
      z.object({
        unitId: idField("unitId", "Đơn vị", "Unit"),
        month: intIn("month", "Tháng", "Month", 1, 12),
        form: z
          .enum(ON_SITE, {
            error: "Hình thức phải là theo kế hoạch hoặc đột xuất / Form must be announced or surprise",
          })
          .default("announced"),
      }),
      { error: "Danh sách chọn là bắt buộc / Picks are required" },
    )
    .min(1, "Danh sách chọn: ít nhất một đơn vị / Picks: at least one unit")
    .max(300, "Danh sách chọn: tối đa 300 / Picks: at most 300")
    .refine(
      (ps) => new Set(ps.map((p) => p.unitId)).size === ps.length,
      "Danh sách chọn: một đơn vị chỉ một lần / Picks: each unit once",
    ),
  /** Teams the lead body can send out on one day: accepted picks are spread over the month within it. */
  teamsPerDay: intIn("teamsPerDay", "Số đoàn mỗi ngày", "Teams per day", 1, 20).optional(),
  /** Accept even though a tier stays short of its quota (the officer saw the shortfall and confirmed). */
  confirmShortfall: z
    .boolean({
      error: "Xác nhận thiếu chỉ tiêu phải là true/false / Confirm shortfall must be true or false",
    })
    .optional(),
});
export type ProposalAcceptInput = z.infer<typeof ProposalAcceptInput>;

/** Which units of a tier plans.coverageUnits lists: not yet in the plan, done (started), or planned only. */
export const COVERAGE_STATES = ["missing", "done", "planned"] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

/**
 * plans.coverageUnits: a tier's pool for the plan year a keyset page at a time (by folded name), each
 * unit with its coverage state; optionally only one state, or a name/code search.
 */
export const CoverageUnitsInput = PageInput.extend({
  year: yearField("year", "Năm kế hoạch", "Plan year"),
  tier: z.enum(TIERS, { error: "Cấp đơn vị không hợp lệ / Unit tier is invalid" }),
  state: z
    .enum(COVERAGE_STATES, { error: "Tình trạng kiểm tra không hợp lệ / Coverage state is invalid" })
    .optional(),
  query: z.string().max(100, "Từ khóa tối đa 100 ký tự / Search text: at most 100 characters").optional(),
});
export type CoverageUnitsInput = z.infer<typeof CoverageUnitsInput>;
