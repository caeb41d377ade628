import { type Bilingual, type PlanQuotas, type Tier, templateInYear, withQuotas } from "@par/domain";
import type { PlanRow } from "../db/database";
import { templateOf } from "../inspections/viewer";

/** A year's plan (kế hoạch kiểm tra) as the screens and documents see it. */
export interface PlanDto {
  id: number;
  year: number;
  templateId: string;
  title: Bilingual;
  status: "draft" | "approved";
  /** The plan's quota per tier, with the template's minimum beside it. */
  quotas: { tier: Tier; pct: number; minimum: number; label: Bilingual }[];
  number: string | null;
  issuedDate: string | null;
  issuer: string | null;
  approvedAt: Date | null;
  isDemo: boolean;
}

export function toPlanDto(row: PlanRow): PlanDto {
  // The title names the plan's year, not the template's first one (a 2025 plan under the 2023 template).
  const template = templateInYear(templateOf(row.template_id), row.year);
  const applied = withQuotas(template, row.quotas as PlanQuotas);
  return {
    id: row.id,
    year: row.year,
    templateId: row.template_id,
    title: template.title,
    status: row.status,
    quotas: applied.tiers.map((t) => ({
      tier: t.tier,
      pct: t.pct,
      minimum: template.tiers.find((m) => m.tier === t.tier)?.pct ?? t.pct,
      label: { vi: t.vi, en: t.en },
    })),
    number: row.number,
    issuedDate: row.issued_date,
    issuer: row.issuer,
    approvedAt: row.approved_at,
    isDemo: row.is_demo,
  };
}
