import { describe, expect, it } from "vitest";
import { type Permission, ROLE_POLICIES, ROLES } from "../access/roles";
import { REPORT_KINDS } from "../reports/report-duties";
import { NOTIFICATION_KINDS, type NotificationKind } from "./notification-rules";
import { PROVINCE_RECIPIENTS } from "./province-inbox";
import { ROLE_REMINDER_KINDS, reportReminderAddress, reportSenderRoles } from "./report-reminder-recipients";

/**
 * The kinds addressed to a unit's inbox (for_permission and for_role null): only accounts bound to the
 * unit or above it read them (the inbox: isUnitBound). Each with the permission its addressee acts on
 * it with — the issue-11 bug was a kind whose acting accounts (reports.send of the office) are bound to
 * no unit and so never read it.
 */
const ACTED_ON_WITH = {
  notice: "selfAssessment.write", // the unit prepares its self-check for the announced visit
  self_check_requested: "selfAssessment.write",
  deadline_near: "recommendations.respond",
  deadline_overdue: "recommendations.respond",
  response_returned: "recommendations.respond",
  response_accepted: "recommendations.respond",
  camera_reminder: "recommendations.respond", // answered in the portal (camera.reminderSave)
  dossier_reminder: "recommendations.respond", // the unit's remedy, as a camera reminder's
  par_index_appraised: "selfAssessment.write", // the unit explains (parIndex.explain)
  par_index_locked: "selfAssessment.write",
  par_index_published: "selfAssessment.write",
  report_due: "reports.send", // only for the kinds whose senders are all bound (below)
} as const satisfies Record<string, Permission>;

const unitAddressed = NOTIFICATION_KINDS.filter(
  (k) => !(k in PROVINCE_RECIPIENTS) && !(Object.values(ROLE_REMINDER_KINDS) as string[]).includes(k),
);

describe("every kind addressed to a unit is read by the accounts that act on it", () => {
  it("the list of unit-addressed kinds is complete (a new kind must say who acts on it)", () => {
    expect([...unitAddressed].sort()).toEqual(Object.keys(ACTED_ON_WITH).sort());
  });

  it("whoever holds the acting permission is bound to a unit, so reads the unit's inbox", () => {
    for (const kind of unitAddressed) {
      const permission = ACTED_ON_WITH[kind as keyof typeof ACTED_ON_WITH];
      const unbound = ROLES.filter(
        (r) =>
          (ROLE_POLICIES[r].permissions as readonly Permission[]).includes(permission) &&
          !ROLE_POLICIES[r].needsUnit,
      );
      if (kind !== "report_due") expect(unbound, kind).toEqual([]);
    }
  });

  it("report_due: reports.send is held by unbound province roles too, so only reports sent by bound accounts use it", () => {
    for (const k of REPORT_KINDS) {
      const unitInbox = reportReminderAddress(k).kind === ("report_due" satisfies NotificationKind);
      expect(unitInbox, k.code).toBe(reportSenderRoles(k).every((r) => ROLE_POLICIES[r].needsUnit));
    }
  });
});
