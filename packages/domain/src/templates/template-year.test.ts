import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "./registry";
import type { PlanTemplate } from "./template-types";
import { shiftPlanYears, templateInYear } from "./template-year";

const TEMPLATES: PlanTemplate[] = Object.values(PLAN_TEMPLATES);
const yearsNamed = (text: string) =>
  [...text.matchAll(/(?<![\d/.])20\d{2}(?![\d/.])/g)].map((m) => Number(m[0]));

describe("a template's texts in a plan year", () => {
  it("the 2023 template read by a 2025 plan names 2025, and 2024 as the years inspected before", () => {
    const t = templateInYear(PLAN_TEMPLATES["dong-nai-2023"], 2025);
    expect(t.title.vi).toBe("Kiểm tra cải cách hành chính, kiểm tra kiểm soát thủ tục hành chính năm 2025");
    expect(t.title.en).toBe("Inspections of administrative reform and procedure control, 2025");
    expect(t.items.find((i) => i.code === "1a")!.vi).toContain("tuyên truyền năm 2025;");
    expect(t.items.find((i) => i.code === "5")!.vi).toContain("từ năm 2024 về trước");
    // Only texts move: codes, the source document's date and everything else stay.
    expect(t.source).toBe(PLAN_TEMPLATES["dong-nai-2023"].source);
    expect(t.items.map((i) => i.code)).toEqual(PLAN_TEMPLATES["dong-nai-2023"].items.map((i) => i.code));
  });

  it("dates and document numbers are not plan years", () => {
    expect(shiftPlanYears("Kế hoạch 284/KH-UBND ngày 29/12/2022, Nghị định 61/2018/NĐ-CP, năm 2023", 2)).toBe(
      "Kế hoạch 284/KH-UBND ngày 29/12/2022, Nghị định 61/2018/NĐ-CP, năm 2025",
    );
  });

  it("in its own first year a template is unchanged; in any year every plan year it names moves by the same distance, and back", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), fc.integer({ min: 2020, max: 2060 }), (template, year) => {
        expect(templateInYear(template, template.years.from)).toBe(template);
        const by = year - template.years.from;
        const moved = templateInYear(template, year);
        const texts = (t: PlanTemplate) => [t.title, ...t.areas, ...t.items].flatMap((b) => [b.vi, b.en]);
        const before = texts(template);
        texts(moved).forEach((text, i) => {
          expect(yearsNamed(text)).toEqual(yearsNamed(before[i]!).map((y) => y + by));
          expect(shiftPlanYears(text, -by)).toBe(before[i]);
        });
      }),
      { numRuns: 60 },
    );
  });
});
