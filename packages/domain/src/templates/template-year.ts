import type { Bilingual } from "../core/result";
import type { PlanTemplate } from "./template-types";

/**
 * A year the template's texts name as a year of the plan: four digits 20xx standing alone. A date
 * ("29/12/2022") or a document number ("61/2018/NĐ-CP") is not the plan's year: a year touching "/",
 * "." or another digit stays as written.
 */
const PLAN_YEAR = /(?<![\d/.])20\d{2}(?![\d/.])/g;

/** Every plan year named in `text`, moved `by` years ("năm 2022" → "năm 2024" by 2). */
export function shiftPlanYears(text: string, by: number): string {
  return by === 0 ? text : text.replace(PLAN_YEAR, (y) => String(Number(y) + by));
}

const shifted = <T extends Bilingual>(b: T, by: number): T => ({
  ...b,
  vi: shiftPlanYears(b.vi, by),
  en: shiftPlanYears(b.en, by),
});

/**
 * A template as a plan of `year` reads it. A template serves several years (the 2023 plan's content
 * stands for 2023–2025) but its texts were written for its first one: the title says "năm 2023", item
 * 1a the 2023 tasks, item 5 the units inspected "từ năm 2022 về trước". A plan of 2025 under it names
 * its own years: each one shifts by the plan year's distance from the template's first year.
 */
export function templateInYear(template: PlanTemplate, year: number): PlanTemplate {
  const by = year - template.years.from;
  if (by === 0) return template;
  return {
    ...template,
    title: shifted(template.title, by),
    areas: template.areas.map((a) => shifted(a, by)),
    items: template.items.map((i) => shifted(i, by)),
  };
}
