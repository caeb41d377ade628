import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLE_POLICIES, ROLES } from "../access/roles";
import type { RoleAssignment } from "../access/scope";
import { maySendFor, owes, REPORT_KINDS, type ReportBody } from "../reports/report-duties";
import { NOTIFICATION_KINDS, NOTIFICATION_TITLES } from "./notification-rules";
import {
  provinceInboxRoles,
  ROLE_REMINDER_KINDS,
  readsReminder,
  reminderAddressColumns,
  reportReminderAddress,
  reportSenderRoles,
} from "./report-reminder-recipients";

// A small province (id 1): Sở Nội vụ, Văn phòng UBND tỉnh, two sector departments, a district and one
// of its communes; each body with its ancestor path.
const bodies: { body: ReportBody; path: number[] }[] = [
  { body: { unitId: 2, kind: "department", leadBodyKind: "home_affairs" }, path: [2, 1] },
  { body: { unitId: 4, kind: "office", leadBodyKind: "office" }, path: [4, 1] },
  { body: { unitId: 3, kind: "department", leadBodyKind: "sector" }, path: [3, 1] },
  { body: { unitId: 5, kind: "department", leadBodyKind: "sector" }, path: [5, 1] },
  { body: { unitId: 741, kind: "district", leadBodyKind: null }, path: [741, 1] },
  { body: { unitId: 9001, kind: "commune", leadBodyKind: null }, path: [9001, 741, 1] },
];
const unitIds = [1, 2, 3, 4, 5, 741, 9001];

/** An account as the server holds it: a role, bound to a unit where the role needs one. */
const assignment: fc.Arbitrary<RoleAssignment> = fc
  .record({ role: fc.constantFrom(...ROLES), unitId: fc.constantFrom(...unitIds) })
  .map(({ role, unitId }) => ({ role, unitId: ROLE_POLICIES[role].needsUnit ? unitId : null }));

/** A body may see its own reminder: whoever may send the report, and the accounts bound to the body. */
const maySee = (a: RoleAssignment, k: (typeof REPORT_KINDS)[number], b: ReportBody, path: number[]) =>
  maySendFor([a], k, b) || (ROLE_POLICIES[a.role].needsUnit && a.unitId !== null && path.includes(a.unitId));

describe("who receives a body's report reminder (issue 11 §6 follow-up)", () => {
  it("every reminder reaches an account that may send the report, and no account that may not see it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORT_KINDS),
        fc.constantFrom(...bodies),
        fc.array(assignment, { minLength: 1, maxLength: 4 }),
        (kind, { body, path }, accounts) => {
          fc.pre(owes(kind, body));
          const address = reportReminderAddress(kind);
          for (const a of accounts) {
            if (readsReminder(a, address, path)) expect(maySee(a, kind, body, path), a.role).toBe(true);
            // Who sends it reads it: the bug was the office, which sends its report and read nothing.
            if (maySendFor([a], kind, body)) expect(readsReminder(a, address, path), a.role).toBe(true);
            // At the province, only the senders: Sở Nội vụ is not reminded of the office's report.
            if (address.inbox === "province")
              expect(readsReminder(a, address, path), a.role).toBe(maySendFor([a], kind, body));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("every kind has senders, each of which reads the address (no kind reminds an inbox nobody sending reads)", () => {
    for (const kind of REPORT_KINDS) {
      const senders = reportSenderRoles(kind);
      expect(senders.length, kind.code).toBeGreaterThan(0);
      const { body, path } = bodies.find((b) => owes(kind, b.body))!;
      const address = reportReminderAddress(kind);
      for (const role of senders)
        expect(
          readsReminder({ role, unitId: ROLE_POLICIES[role].needsUnit ? body.unitId : null }, address, path),
        ).toBe(true);
    }
  });

  it("the office's TTHC report goes to the province_office accounts; Sở Nội vụ's keeps plans.write; the others their unit", () => {
    const byCode = Object.fromEntries(REPORT_KINDS.map((k) => [k.code, reportReminderAddress(k)]));
    expect(byCode.tthc_control).toEqual({
      inbox: "province",
      kind: "office_report_due",
      forRole: "province_office",
    });
    expect(byCode.province_results).toEqual({
      inbox: "province",
      kind: "province_report_due",
      forPermission: "plans.write",
    });
    expect(byCode.sector_field).toEqual({ inbox: "unit", kind: "report_due" });
    expect(byCode.unit_cchc_section).toEqual({ inbox: "unit", kind: "report_due" });
    expect(reminderAddressColumns(byCode.tthc_control!)).toEqual({
      forPermission: null,
      forRole: "province_office",
    });
    expect(reminderAddressColumns(byCode.sector_field!)).toEqual({ forPermission: null, forRole: null });
  });

  it("each role-addressed kind is a known kind with a title, and only that role's holders read it", () => {
    for (const [role, kind] of Object.entries(ROLE_REMINDER_KINDS)) {
      expect(NOTIFICATION_KINDS).toContain(kind);
      expect(NOTIFICATION_TITLES[kind].vi).not.toBe("");
      expect(ROLE_POLICIES[role as keyof typeof ROLE_REMINDER_KINDS].needsUnit).toBe(false);
    }
    expect(provinceInboxRoles(["province_office", "leader"])).toEqual(["province_office"]);
    expect(provinceInboxRoles(["province_admin", "unit_officer"])).toEqual([]);
  });
});
