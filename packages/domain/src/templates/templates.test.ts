import { describe, expect, it } from "vitest";
import { TIERS } from "../units/unit-kinds";
import { getTemplate, PLAN_TEMPLATES, TemplateId, templatesForYear } from "./registry";
import { countsTowardCoverage, leadBodyOfUnitName } from "./template-lookup";
import { INSPECTION_FORMS, type PlanTemplate } from "./template-types";

const templates: PlanTemplate[] = Object.values(PLAN_TEMPLATES);

describe.each(templates.map((t) => [t.id, t] as const))("R1 template integrity: %s", (_id, t) => {
  it("puts every item in an existing area and leaves no area empty", () => {
    const areas = new Set(t.areas.map((a) => a.code));
    for (const item of t.items) expect(areas).toContain(item.area);
    for (const area of areas) expect(t.items.some((i) => i.area === area)).toBe(true);
    expect(areas).toContain(t.followUpArea);
  });

  it("keeps area, item, field and lead-body codes unique", () => {
    for (const codes of [t.areas, t.items, t.fields, t.leadBodies].map((xs) => xs.map((x) => x.code))) {
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it("names only known tiers, once each, with quotas in 0–100", () => {
    for (const q of t.tiers) {
      expect(TIERS).toContain(q.tier);
      expect(q.pct).toBeGreaterThan(0);
      expect(q.pct).toBeLessThanOrEqual(100);
    }
    expect(new Set(t.tiers.map((q) => q.tier)).size).toBe(t.tiers.length);
    for (const pct of [t.internalQuota.pct, t.internalQuota.manySubordinatesPct]) {
      expect(pct).toBeGreaterThan(0);
      expect(pct).toBeLessThanOrEqual(100);
    }
  });

  it("uses known forms, and only on-site forms count toward coverage", () => {
    for (const f of t.forms) expect(INSPECTION_FORMS).toContain(f.form);
    expect(t.forms.filter((f) => f.countsTowardCoverage).map((f) => f.form)).toEqual([
      "announced",
      "surprise",
    ]);
  });

  it("gives every sector lead body a known field, and no field to the others", () => {
    const fields = new Set(t.fields.map((f) => f.code));
    for (const b of t.leadBodies) {
      if (b.kind === "sector") expect(fields).toContain(b.field);
      else expect(b.field).toBeNull();
    }
    expect(t.leadBodies.filter((b) => b.kind === "home_affairs")).toHaveLength(1);
  });

  it("has bilingual texts, a sane period and notice lead time", () => {
    for (const x of [...t.areas, ...t.items, ...t.fields, ...t.leadBodies, ...t.forms, ...t.tiers, t.title]) {
      expect(x.vi.length).toBeGreaterThan(1);
      expect(x.en.length).toBeGreaterThan(1);
    }
    expect(t.period.fromMonth).toBeGreaterThanOrEqual(1);
    expect(t.period.toMonth).toBeLessThanOrEqual(12);
    expect(t.period.fromMonth).toBeLessThanOrEqual(t.period.toMonth);
    expect(t.noticeLeadWorkingDays).toBeGreaterThanOrEqual(0);
    for (const tier of Object.keys(t.proposal.reserveRatio))
      expect(t.tiers.map((q) => q.tier)).toContain(tier);
  });
});

describe("R1 the 2023 Đồng Nai plan as data", () => {
  const t = PLAN_TEMPLATES["dong-nai-2023"];

  it("carries the plan's codes, quotas and lead bodies", () => {
    expect(t.items.map((i) => i.code)).toEqual([
      "1a",
      "1b",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "3a",
      "3b.1",
      "3b.2",
      "3b.3",
      "3b.4",
      "3b.5",
      "3b.6",
      "4",
      "5",
      "6",
    ]);
    expect(t.tiers.map((q) => [q.tier, q.pct])).toEqual([
      ["agency", 40],
      ["district", 50],
      ["commune", 20],
    ]);
    expect(t.internalQuota).toEqual({ pct: 60, manySubordinatesPct: 50 });
    expect(t.leadBodies.filter((b) => b.kind === "sector")).toHaveLength(7);
    expect(t.fields.filter((f) => f.focus).map((f) => f.code)).toEqual([
      "dat_dai",
      "dang_ky_kinh_doanh",
      "tu_phap_ho_tich",
      "xay_dung",
    ]);
    expect(t.noticeLeadWorkingDays).toBe(5);
    expect(countsTowardCoverage(t, "remote_camera")).toBe(false);
  });

  it("binds a register unit to its lead body whatever dash it is written with", () => {
    expect(leadBodyOfUnitName(t, "Sở Lao động - Thương binh và Xã hội")?.code).toBe("so_ldtbxh");
    expect(leadBodyOfUnitName(t, "SỞ TƯ PHÁP")?.code).toBe("so_tu_phap");
    expect(leadBodyOfUnitName(t, "Sở Y tế")).toBeUndefined();
  });
});

describe("R1 a two-tier province is new data, not new code", () => {
  it("has no district tier and the merged departments", () => {
    const t = PLAN_TEMPLATES["dong-nai-2026"];
    expect(t.tiers.map((q) => q.tier)).toEqual(["agency", "commune"]);
    expect(t.leadBodies.map((b) => b.code)).toContain("so_nnmt");
  });
});

describe("template registry", () => {
  it("finds templates by id and refuses unknown ids with a code", () => {
    expect(getTemplate("dong-nai-2023").ok).toBe(true);
    const missing = getTemplate("ha-noi-1999");
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.code).toBe("TEMPLATE.UNKNOWN");
    expect(TemplateId.safeParse("dong-nai-2026").success).toBe(true);
    expect(TemplateId.safeParse("x").success).toBe(false);
  });

  it("offers the templates valid for a year", () => {
    expect(templatesForYear(2023).map((t) => t.id)).toEqual(["dong-nai-2023"]);
    expect(templatesForYear(2026).map((t) => t.id)).toEqual(["dong-nai-2026"]);
  });
});
