import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES } from "../access/roles";
import type { Viewer } from "../access/viewer";
import { INSPECTION_FORMS, type InspectionForm } from "../templates/template-types";
import { INSPECTION_STATUSES, type InspectionStatus } from "./inspection-status";
import { TRANSITIONS, transition } from "./lifecycle";

function reachable(form: InspectionForm): Set<InspectionStatus> {
  const seen = new Set<InspectionStatus>(["draft"]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of TRANSITIONS) {
      if (seen.has(t.from) && !seen.has(t.to) && (t.forms as readonly string[]).includes(form)) {
        seen.add(t.to);
        grew = true;
      }
    }
  }
  return seen;
}

const admin: Viewer = { assignments: [{ role: "province_admin", unitId: null }] };

describe("lifecycle transition map", () => {
  it("names only existing statuses and forms, each step once", () => {
    for (const t of TRANSITIONS) {
      expect(INSPECTION_STATUSES).toContain(t.from);
      expect(INSPECTION_STATUSES).toContain(t.to);
      for (const f of t.forms) expect(INSPECTION_FORMS).toContain(f);
    }
    const keys = TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("reaches every status from draft for announced, and all but notified for the other forms", () => {
    expect(reachable("announced")).toEqual(new Set(INSPECTION_STATUSES));
    for (const form of ["surprise", "remote_dossier", "remote_camera"] as const) {
      expect(reachable(form)).toEqual(new Set(INSPECTION_STATUSES.filter((s) => s !== "notified")));
    }
  });

  it("never passes a surprise inspection through notified", () => {
    const surprise = { form: "surprise", leadBody: "so_noi_vu", noticeDate: "2023-03-01" } as const;
    for (const status of INSPECTION_STATUSES) {
      const r = transition({ ...surprise, status }, "notified", admin);
      expect(r.ok).toBe(false);
    }
  });

  it("lets closed and cancelled be final", () => {
    const froms: readonly string[] = TRANSITIONS.map((t) => t.from);
    expect(froms).not.toContain("closed");
    expect(froms).not.toContain("cancelled");
  });
});

describe("lifecycle: who may make each step", () => {
  const insp = { form: "announced", status: "draft", leadBody: "so_tu_phap", noticeDate: null } as const;

  it("allows the provincial leads and the leading sector inspector, nobody else", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom("so_tu_phap", "so_xay_dung"),
        (role, leadBody) => {
          const actor: Viewer = {
            assignments: [{ role, unitId: role === "unit_officer" ? 7 : null, leadBody }],
          };
          const r = transition(insp, "scheduled", actor);
          const allowed =
            role === "province_admin" ||
            role === "province_office" ||
            (role === "sector_inspector" && leadBody === "so_tu_phap");
          expect(r.ok).toBe(allowed);
          if (!r.ok) expect(r.code).toBe("INSPECTION.TRANSITION_FORBIDDEN");
        },
      ),
    );
  });

  it("refuses a skipped step with a code and needs a notice date to notify", () => {
    const skip = transition(insp, "concluded", admin);
    expect(skip.ok || skip.code).toBe("INSPECTION.TRANSITION_INVALID");
    const noNotice = transition({ ...insp, status: "scheduled" }, "notified", admin);
    expect(noNotice.ok || noNotice.code).toBe("INSPECTION.NOTICE_MISSING");
    expect(transition({ ...insp, status: "scheduled", noticeDate: "2023-03-01" }, "notified", admin)).toEqual(
      {
        ok: true,
        value: { from: "scheduled", to: "notified" },
      },
    );
  });
});
