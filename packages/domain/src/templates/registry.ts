import { z } from "zod";
import { err, ok, type Result } from "../core/result";
import { DONG_NAI_2023 } from "./dong-nai-2023";
import { DONG_NAI_2026 } from "./dong-nai-2026";
import type { PlanTemplate } from "./template-types";

/** Every plan template the system knows, by id. A new plan is a new entry here, never a code change. */
export const PLAN_TEMPLATES = {
  "dong-nai-2023": DONG_NAI_2023,
  "dong-nai-2026": DONG_NAI_2026,
} as const satisfies Record<string, PlanTemplate>;

export const TEMPLATE_IDS = Object.keys(PLAN_TEMPLATES) as [
  keyof typeof PLAN_TEMPLATES,
  ...(keyof typeof PLAN_TEMPLATES)[],
];

export const TemplateId = z.enum(TEMPLATE_IDS, {
  error: `Mẫu kế hoạch không hợp lệ (${TEMPLATE_IDS.join(", ")}) / Unknown plan template`,
});
export type TemplateId = z.infer<typeof TemplateId>;

export function getTemplate(id: string): Result<PlanTemplate> {
  if (Object.hasOwn(PLAN_TEMPLATES, id)) return ok(PLAN_TEMPLATES[id as TemplateId]);
  return err("TEMPLATE.UNKNOWN", {
    vi: `Không có mẫu kế hoạch "${id}"`,
    en: `No plan template "${id}"`,
  });
}

/** The templates usable for a plan year, newest first: the screen offers them when a plan is created. */
export function templatesForYear(year: number): PlanTemplate[] {
  return Object.values(PLAN_TEMPLATES)
    .filter((t: PlanTemplate) => t.years.from <= year && (t.years.to === null || year <= t.years.to))
    .sort((a, b) => b.years.from - a.years.from);
}
