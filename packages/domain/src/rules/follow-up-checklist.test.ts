import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import { buildChecklist, type OpenRecommendation, templateItemOfCode } from "./follow-up-checklist";

const template = PLAN_TEMPLATES["dong-nai-2023"];
const rec = (id: number, conclusionYear: number): OpenRecommendation => ({
  id,
  text: `Kiến nghị ${id}`,
  deadline: null,
  conclusionYear,
});

describe("R10 follow-up of earlier conclusions", () => {
  it("adds area 5 with the open recommendations of earlier years", () => {
    const c = buildChecklist(template, ["1", "3"], [rec(1, 2021), rec(2, 2022), rec(3, 2023)], 2023);
    expect(c.areas.map((a) => [a.code, a.reason])).toEqual([
      ["1", "chosen"],
      ["3", "chosen"],
      ["5", "follow_up"],
    ]);
    expect(c.areas[2]?.recommendations.map((r) => r.id)).toEqual([1, 2]);
    expect(c.areas[2]?.items.map((i) => i.code)).toEqual(["5.r1", "5.r2"]);
    expect(c.areas[2]?.items[0]?.vi).toContain("Kiến nghị 1");
    expect(c.areas[1]?.items.map((i) => i.code)).toEqual([
      "3a",
      "3b.1",
      "3b.2",
      "3b.3",
      "3b.4",
      "3b.5",
      "3b.6",
    ]);
    expect(c.followUpAdded).toBe(true);
    expect(c.note?.vi).toContain("2 kiến nghị");
  });

  it("leaves area 5 out when nothing is open and it was not chosen", () => {
    const c = buildChecklist(template, ["2"], [rec(3, 2023)], 2023);
    expect(c.areas.map((a) => a.code)).toEqual(["2"]);
    expect(c.note).toBeNull();
  });

  it("always contains every chosen area, and area 5 exactly when chosen or owed", () => {
    const codes = template.areas.map((a) => a.code);
    fc.assert(
      fc.property(
        fc.subarray(codes),
        fc.array(fc.integer({ min: 2018, max: 2024 }), { maxLength: 5 }),
        (chosen, years) => {
          const c = buildChecklist(
            template,
            chosen,
            years.map((y, i) => rec(i, y)),
            2023,
          );
          const got = c.areas.map((a) => a.code);
          for (const code of chosen) expect(got).toContain(code);
          expect(got.includes("5")).toBe(chosen.includes("5") || years.some((y) => y < 2023));
          expect(new Set(got).size).toBe(got.length);
          // Area 5 has one item per open recommendation of an earlier year, each with its own code.
          const five = c.areas.find((a) => a.code === "5");
          const owed = years.filter((y) => y < 2023).length;
          if (five && owed > 0) {
            expect(five.items).toHaveLength(owed);
            expect(new Set(five.items.map((i) => i.code)).size).toBe(owed);
          }
        },
      ),
    );
  });

  it("counts an area-5 recommendation item under the template's item 5 when findings are added up", () => {
    expect(templateItemOfCode(template, "5.r12")?.code).toBe("5");
    expect(templateItemOfCode(template, "5.e3")?.code).toBe("5");
    expect(templateItemOfCode(template, "2.3")?.code).toBe("2.3");
    expect(templateItemOfCode(template, "4.r1")).toBeUndefined();
  });
});
