import { describe, expect, it } from "vitest";
import { permissionsOf, ROLE_POLICIES, ROLES } from "../access/roles";
import { NOTIFICATION_KINDS, NOTIFICATION_TITLES } from "./notification-rules";
import { PROVINCE_RECIPIENTS, provinceDedupeKey, provinceInboxPermissions } from "./province-inbox";

describe("the province's own inbox", () => {
  it("every province notification is a known kind with a title, read by Sở Nội vụ", () => {
    for (const kind of Object.keys(PROVINCE_RECIPIENTS)) {
      expect(NOTIFICATION_KINDS).toContain(kind);
      expect(NOTIFICATION_TITLES[kind as keyof typeof NOTIFICATION_TITLES].vi).not.toBe("");
    }
    expect(provinceInboxPermissions(permissionsOf(["province_admin"])).sort()).toEqual(
      ["inspections.write", "plans.write", "recommendations.verify"].sort(),
    );
  });

  it("no unit role and no read-only role reads it: a unit never sees what is addressed to the province", () => {
    const readers = ROLES.filter((r) => provinceInboxPermissions(permissionsOf([r])).length > 0);
    expect(readers.sort()).toEqual(["province_admin", "province_office"]);
    for (const r of readers) expect(ROLE_POLICIES[r].scope).toBe("province");
  });

  it("one key per sending: a resend after a return is new, a retry of the same sending is not", () => {
    const at = new Date("2023-06-01T03:00:00Z");
    expect(provinceDedupeKey("response_submitted", 7, at)).toBe(
      provinceDedupeKey("response_submitted", 7, at),
    );
    expect(provinceDedupeKey("response_submitted", 7, at)).not.toBe(
      provinceDedupeKey("response_submitted", 7, new Date(at.getTime() + 1)),
    );
    expect(provinceDedupeKey("self_check_submitted", 7, at)).not.toBe(
      provinceDedupeKey("response_submitted", 7, at),
    );
  });
});
