import {
  type AdjustQuotasInput,
  type ApprovePlanInput,
  type CreatePlanInput,
  quotaProblem,
  templatesForYear,
} from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import type { Db, PlanRow } from "../db/database";
import { findPlanByYear, insertPlan, updatePlan } from "../db/plan.repository";
import { findUnit } from "../db/unit.repository";
import { fail } from "../errors";
import { templateOf } from "../inspections/viewer";
import { isUniqueViolation } from "../units/unit-checks";
import { type PlanDto, toPlanDto } from "./plan-dto";

const ENTITY = "plan";

function yearTaken(year: number): never {
  fail(
    "PLAN.YEAR_TAKEN",
    `Đã có kế hoạch kiểm tra năm ${year}; mỗi năm chỉ một kế hoạch / A plan for ${year} already exists; one plan per year`,
    "year",
  );
}

/** The caller's province's plan of a year (plans are per province and year). */
export async function planOfYear(db: Db, provinceId: number, year: number, field = "year"): Promise<PlanRow> {
  const plan = await findPlanByYear(db, provinceId, year);
  if (!plan) {
    fail("PLAN.NOT_FOUND", `Chưa có kế hoạch kiểm tra năm ${year} / There is no plan for ${year}`, field);
  }
  return plan;
}

/** A year's plan from a template (R1): its quotas start as the template's. */
export async function createPlan(q: Request, input: CreatePlanInput): Promise<PlanDto> {
  try {
    return await audited(q.db, q.actor, async (trx) => {
      const provinceId = provinceOf(q.user);
      if (await findPlanByYear(trx, provinceId, input.year)) yearTaken(input.year);
      if (!templatesForYear(input.year).some((t) => t.id === input.template)) {
        const t = templateOf(input.template);
        const span = `${t.years.from}–${t.years.to ?? "…"}`;
        fail(
          "PLAN.TEMPLATE_YEAR",
          `Mẫu kế hoạch "${input.template}" chỉ dùng cho các năm ${span}, không dùng cho năm ${input.year} / Template "${input.template}" is for the years ${span}, not ${input.year}`,
          "template",
        );
      }
      const row = await insertPlan(trx, {
        province_id: provinceId,
        year: input.year,
        template_id: input.template,
        status: "draft",
        quotas: JSON.stringify({}),
        created_by: q.user.userId,
        created_at: q.now,
        updated_at: q.now,
      });
      const after = toPlanDto(row);
      return {
        result: after,
        audit: { action: "create", entity: ENTITY, entityId: row.id, unitId: null, before: null, after },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) yearTaken(input.year);
    throw error;
  }
}

function assertDraft(plan: PlanRow): void {
  if (plan.status === "approved") {
    fail(
      "PLAN.APPROVED",
      `Kế hoạch năm ${plan.year} đã được phê duyệt, không thể thay đổi chỉ tiêu / The ${plan.year} plan is approved; its quotas are fixed`,
      "year",
    );
  }
}

/** The plan may raise a tier's quota above the template's minimum ("ít nhất"), never lower it. */
export async function adjustQuotas(q: Request, input: AdjustQuotasInput): Promise<PlanDto> {
  return audited(q.db, q.actor, async (trx) => {
    const plan = await planOfYear(trx, provinceOf(q.user), input.year);
    const template = templateOf(plan.template_id);
    const problem = quotaProblem(template, input.quotas);
    if (problem) {
      fail(
        "PLAN.QUOTA_BELOW_TEMPLATE",
        problem.minimum === null
          ? `Chỉ tiêu: kế hoạch không có khối "${problem.tier}" / Quotas: the plan has no tier "${problem.tier}"`
          : `Chỉ tiêu: khối "${problem.tier}" ít nhất ${problem.minimum}% theo kế hoạch, không thể đặt ${problem.pct}% / Quotas: tier "${problem.tier}" is at least ${problem.minimum}% by the plan, not ${problem.pct}%`,
        "quotas",
      );
    }
    assertDraft(plan);
    const before = toPlanDto(plan);
    const quotas = {
      ...(plan.quotas as object),
      ...Object.fromEntries(input.quotas.map((x) => [x.tier, x.pct])),
    };
    const after = toPlanDto(
      await updatePlan(trx, plan.id, { quotas: JSON.stringify(quotas), updated_at: q.now }),
    );
    return {
      result: after,
      audit: { action: "adjust_quotas", entity: ENTITY, entityId: plan.id, unitId: null, before, after },
    };
  });
}

/** Approval = issue: the plan gets its number and date (cited by every document) and its quotas freeze. */
export async function approvePlan(q: Request, input: ApprovePlanInput): Promise<PlanDto> {
  return audited(q.db, q.actor, async (trx) => {
    const plan = await planOfYear(trx, provinceOf(q.user), input.year);
    if (plan.status === "approved") {
      fail(
        "PLAN.APPROVED",
        `Kế hoạch năm ${plan.year} đã được phê duyệt / The ${plan.year} plan is already approved`,
        "year",
      );
    }
    const province = await findUnit(trx, plan.province_id);
    const issuer =
      input.issuer ??
      (province ? `UBND ${province.name.charAt(0).toLowerCase()}${province.name.slice(1)}` : "UBND tỉnh");
    const before = toPlanDto(plan);
    const after = toPlanDto(
      await updatePlan(trx, plan.id, {
        status: "approved",
        number: input.number,
        issued_date: input.issuedDate,
        issuer,
        approved_at: q.now,
        approved_by: q.user.userId,
        updated_at: q.now,
      }),
    );
    return {
      result: after,
      audit: { action: "approve", entity: ENTITY, entityId: plan.id, unitId: null, before, after },
    };
  });
}
