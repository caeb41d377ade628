import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import { quotaProblem, withQuotas } from "./plan-quotas";

const t2023 = PLAN_TEMPLATES["dong-nai-2023"];
const t2026 = PLAN_TEMPLATES["dong-nai-2026"];

describe("plan quotas", () => {
  it("applies a raised quota to its tier only", () => {
    const applied = withQuotas(t2023, { commune: 25 });
    expect(applied.tiers.map((t) => [t.tier, t.pct])).toEqual([
      ["agency", 40],
      ["district", 50],
      ["commune", 25],
    ]);
    expect(t2023.tiers.find((t) => t.tier === "commune")?.pct).toBe(20);
  });

  it("refuses a quota below the template's minimum, or a tier the template lacks", () => {
    expect(quotaProblem(t2023, [{ tier: "agency", pct: 40 }])).toBeNull();
    expect(quotaProblem(t2023, [{ tier: "district", pct: 49 }])).toEqual({
      tier: "district",
      pct: 49,
      minimum: 50,
    });
    expect(quotaProblem(t2026, [{ tier: "district", pct: 60 }])).toEqual({
      tier: "district",
      pct: 60,
      minimum: null,
    });
  });
});
