import { describe, expect, it } from "vitest";
import type { Caller } from "./helpers/callers";
import { signIn } from "./helpers/callers";
import { factsOf } from "./helpers/expect-error";
import { adminWith2023Plan, announcedInput, JUNE, onDay } from "./helpers/inspections";
import { callPath, procedurePaths } from "./helpers/procedures";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();
const UNKNOWN = 987_654;

interface Fixture {
  secretId: number;
  announcedId: number;
  targetId: number;
}

type Entry =
  /** Lists, counts, gets or searches inspections: each read must not show the secret one. */
  | {
      reads: ((f: Fixture) => [path: string, input: unknown])[];
      sees: (out: unknown, f: Fixture) => boolean;
      afterStart?: boolean;
    }
  /** Acts on an inspection by id: the secret id must answer exactly like an id that does not exist. */
  | { acts: (id: number) => unknown }
  /** Touches no inspection data. */
  | { none: string };

/** Ids of a list's rows, or of a page's items (inspections.list is a keyset page). */
const ids = (out: unknown) =>
  (Array.isArray(out) ? out : (out as { items: { id: number }[] }).items).map((x: { id: number }) => x.id);
const inList = (out: unknown, f: Fixture) => ids(out).includes(f.secretId);

/**
 * Every procedure of the router, saying how it could reveal an inspection. A new procedure without an
 * entry fails the first test: a new reading procedure must be listed with its reads.
 */
const ENTRIES: Record<string, Entry> = {
  "auth.login": { none: "sign-in" },
  "auth.logout": { none: "sign-out" },
  "auth.me": { none: "the user's own roles" },
  "auth.changePassword": { none: "the user's own password" },
  "auth.provinces": { none: "names of the provinces (register roots) only" },
  "auth.chooseProvince": { none: "the session's province only" },
  "accounts.list": { none: "accounts only" },
  "accounts.create": { none: "accounts only" },
  "accounts.resetPassword": { none: "accounts only" },
  "accounts.setActive": { none: "accounts only" },
  "accounts.importPreview": { none: "accounts only" },
  "accounts.importCommit": { none: "accounts only" },
  "units.page": { none: "register only" },
  "units.tierCounts": { none: "register only" },
  "units.get": { none: "register only" },
  "units.myScope": { none: "register only" },
  "units.oneStopShops": { none: "register only" },
  "units.create": { none: "register only" },
  "units.update": { none: "register only" },
  "units.close": { none: "register only" },
  "audit.list": {
    reads: [() => ["audit.list", { limit: 200 }]],
    sees: (out, f) =>
      (out as { items: { entity: string; entityId: string | null }[] }).items.some(
        (r) => r.entity === "inspection" && r.entityId === String(f.secretId),
      ),
  },
  "plans.list": { none: "plan headers only" },
  "plans.get": { none: "plan header only" },
  "plans.create": { none: "plan header only" },
  "plans.adjustQuotas": { none: "plan header only" },
  "plans.approve": { none: "plan header only" },
  "plans.coverage": {
    // Counts only: the announced one is planned too, so the secret shows as a second planned commune.
    reads: [() => ["plans.coverage", { year: 2023 }]],
    sees: (out) =>
      (out as { tiers: { tier: string; planned: number; done: number }[] }).tiers.some(
        (x) => x.tier === "commune" && x.planned + x.done > 1,
      ),
  },
  "plans.coverageUnits": {
    reads: [
      () => ["plans.coverageUnits", { year: 2023, tier: "commune", limit: 200, query: "Trảng Dài" }],
      () => ["plans.coverageUnits", { year: 2023, tier: "commune", state: "planned" }],
    ],
    sees: (out, f) =>
      (out as { items: { id: number; state: string }[] }).items.some(
        (u) => u.id === f.targetId && u.state !== "missing",
      ),
  },
  "proposal.run": {
    reads: [() => ["proposal.run", { year: 2023 }]],
    sees: (out) =>
      (out as { tiers: { tier: string; alreadyCovered: number }[] }).tiers.some((x) => x.alreadyCovered > 0),
  },
  "proposal.accept": { none: "creates; province planners only" },
  "proposal.acceptPreview": {
    none: "province planners only; counts only what the caller sees, like proposal.run",
  },
  "inspections.list": {
    reads: [
      () => ["inspections.list", {}],
      () => ["inspections.list", { year: 2023 }],
      (f) => ["inspections.list", { unitId: f.targetId }],
      () => ["inspections.list", { query: "trang dai" }],
      () => ["inspections.list", { form: "surprise" }],
      () => ["inspections.list", { status: "scheduled" }],
    ],
    sees: inList,
    afterStart: true,
  },
  "inspections.get": {
    reads: [(f) => ["inspections.get", { id: f.secretId }]],
    sees: (out) => out !== undefined,
    afterStart: true,
  },
  "inspections.calendar": {
    reads: [
      () => ["inspections.calendar", { year: 2023, month: 6 }],
      () => ["inspections.calendar", { year: 2023 }],
    ],
    sees: (out, f) => inList((out as { inspections: unknown }).inspections, f),
    afterStart: true,
  },
  "inspections.checkSchedule": {
    reads: [
      (f) => [
        "inspections.checkSchedule",
        { inspectionId: f.secretId, startDate: "2023-06-14", endDate: "2023-06-14" },
      ],
    ],
    sees: (out) => out !== undefined,
  },
  "inspections.create": { none: "creates; same-day clashes are refused without naming the other inspection" },
  "inspections.reschedule": {
    acts: (id) => ({ inspectionId: id, startDate: "2023-06-14", endDate: "2023-06-14" }),
  },
  "inspections.schedule": { acts: (id) => ({ id }) },
  "inspections.notify": { acts: (id) => ({ id, noticeDate: "2023-06-02" }) },
  "inspections.start": { acts: (id) => ({ id }) },
  "inspections.setDecision": { acts: (id) => ({ inspectionId: id, number: "1/QĐ-SNV", date: "2023-06-01" }) },
  "inspections.recordFinding": { acts: (id) => ({ inspectionId: id, itemCode: "1a", rating: "dat" }) },
  "inspections.conclude": {
    acts: (id) => ({ inspectionId: id, number: "1/TB", date: "2023-06-20", summary: "Kết luận kiểm tra" }),
  },
  "inspections.close": { acts: (id) => ({ id }) },
  "inspections.cancel": { acts: (id) => ({ id, reason: "Thử hủy" }) },
  "teams.set": {
    acts: (id) => ({
      inspectionId: id,
      members: [{ name: "Nguyễn Văn A", body: "Sở Nội vụ", role: "leader" }],
    }),
  },
  "recommendations.list": {
    reads: [() => ["recommendations.list", {}], (f) => ["recommendations.list", { unitId: f.targetId }]],
    sees: (out, f) =>
      (out as { items: { inspectionId: number }[] }).items.some((r) => r.inspectionId === f.secretId),
  },
  "recommendations.respond": { none: "acts on a recommendation, which exists only after the start" },
  "recommendations.verify": { none: "acts on a recommendation, which exists only after the start" },
  "responses.page": {
    reads: [() => ["responses.page", {}], (f) => ["responses.page", { unitId: f.targetId, openOnly: true }]],
    sees: (out, f) =>
      (out as { items: { inspectionId: number }[] }).items.some((r) => r.inspectionId === f.secretId),
  },
  "notifications.page": {
    reads: [() => ["notifications.page", { limit: 200 }]],
    sees: (out, f) =>
      (out as { items: { link: string }[] }).items.some((n) => n.link.endsWith(`/${f.secretId}`)),
  },
  "notifications.unreadCount": {
    none: "a count of the user's own notifications (none is made for a surprise)",
  },
  "notifications.markRead": { none: "the user's own read marks" },
  "selfChecks.page": {
    reads: [() => ["selfChecks.page", {}], () => ["selfChecks.page", { limit: 200 }]],
    sees: (out, f) =>
      (out as { items: { inspectionId: number }[] }).items.some((r) => r.inspectionId === f.secretId),
  },
  "selfChecks.get": { acts: (id) => ({ inspectionId: id }) },
  "selfChecks.save": { acts: (id) => ({ inspectionId: id, items: [] }) },
  "selfChecks.submit": { acts: (id) => ({ inspectionId: id }) },
  "selfChecks.approve": { acts: (id) => ({ inspectionId: id }) },
  "selfChecks.sendBack": { acts: (id) => ({ inspectionId: id, comments: [{ text: "Bổ sung" }] }) },
  "selfChecks.return": { acts: (id) => ({ inspectionId: id, comments: [{ text: "Bổ sung" }] }) },
  "selfChecks.accept": { acts: (id) => ({ inspectionId: id }) },
  "responses.save": { none: "acts on a recommendation, which exists only after the start" },
  "responses.submit": { none: "acts on a recommendation, which exists only after the start" },
  "responses.approve": { none: "acts on a recommendation, which exists only after the start" },
  "responses.sendBack": { none: "acts on a recommendation, which exists only after the start" },
  "responses.return": { none: "acts on a recommendation, which exists only after the start" },
  "responses.accept": { none: "acts on a recommendation, which exists only after the start" },
  "internal.coverage": { none: "the unit's own internal inspections" },
  "internal.overview": { none: "the units' own internal inspections" },
  "internal.list": { none: "the unit's own internal inspections" },
  "internal.create": { none: "the unit's own internal inspections" },
  "internal.record": { none: "the unit's own internal inspections" },
  "internal.home": {
    reads: [() => ["internal.home", { year: 2023 }]],
    sees: (out, f) => (out as { inspections: { id: number }[] }).inspections.some((i) => i.id === f.secretId),
    afterStart: true,
  },
  // The warning is computed from the visits the caller may see: the secret's days must not raise it.
  "internal.nearby": {
    reads: [
      (f) => [
        "internal.nearby",
        { targetUnitId: f.targetId, startDate: JUNE.startDate, endDate: JUNE.endDate },
      ],
    ],
    sees: (out) => (out as { warning: unknown }).warning !== null,
    afterStart: true,
  },
  "internal.detail": { none: "the unit's own internal inspections" },
  "internal.recommendations": { none: "the unit's own internal recommendations" },
  "internal.setTeam": { none: "the unit's own internal inspections" },
  "internal.saveFinding": { none: "the unit's own internal inspections" },
  "internal.conclude": { none: "the unit's own internal inspections" },
  "internal.closeRecommendation": { none: "the unit's own internal recommendations" },
  "internal.fieldUnits": { none: "register relation only" },
  "internal.addFieldUnit": { none: "register relation only" },
  "internal.removeFieldUnit": { none: "register relation only" },
  "units.importPreview": { none: "register only" },
  "units.importCommit": { none: "register only" },
  "units.setFields": { none: "register only" },
  "earlier.importPreview": { none: "conclusions of other bodies, never an inspection of this system" },
  "earlier.importCommit": { none: "conclusions of other bodies, never an inspection of this system" },
  "earlier.template": { none: "a blank workbook" },
  "units.restructureShipped": { none: "register only" },
  "units.lineage": { none: "register only" },
  "units.restructurePreview": { none: "register only" },
  "units.restructureApply": { none: "register only" },
  "evidence.list": { acts: (id) => ({ inspectionId: id }) },
  "evidence.remove": {
    none: "acts on a file, which exists only after the start (and only with a write permission)",
  },
  "documents.available": { acts: (id) => ({ inspectionId: id }) },
  "conflicts.list": {
    reads: [() => ["conflicts.list", { includeResolved: true }]],
    sees: (out, f) =>
      (out as { items: { inspection: { id: number }; hidden: { id: number } }[] }).items.some(
        (c) => c.inspection.id === f.secretId || c.hidden.id === f.secretId,
      ),
  },
  "conflicts.resolve": { none: "acts on a conflict id; refused as not found to whoever may not see both" },
  // The camera monitor holds counters, reviews, samples and reminders of one-stop shops: no inspection.
  // (A remote-camera inspection would be an inspection like any other, listed by inspections.*.)
  "camera.counters": { none: "counters of one-stop shops" },
  "camera.counter": { none: "a counter of a one-stop shop" },
  "camera.feedStatus": { none: "whether the server runs ffmpeg" },
  "camera.saveCounter": { none: "counters of one-stop shops" },
  "camera.importPreview": { none: "counters of one-stop shops" },
  "camera.importCommit": { none: "counters of one-stop shops" },
  "camera.reviews": { none: "camera reviews, never an inspection" },
  "camera.saveReview": { none: "camera reviews, never an inspection" },
  "camera.saveReviews": { none: "camera reviews, never an inspection" },
  "camera.markReviewed": { none: "camera reviews, never an inspection" },
  "camera.sample": { none: "the day's sample of counters" },
  "camera.drawSample": { none: "the day's sample of counters" },
  "camera.reminders": { none: "reminders from camera reviews, never an inspection" },
  "camera.report": { none: "counts of camera reviews" },
  // Answers to camera reminders: reminders come from camera reviews, never from an inspection.
  "camera.reminderSave": { none: "a camera reminder's answer, no inspection" },
  "camera.reminderSubmit": { none: "a camera reminder's answer, no inspection" },
  "camera.reminderApprove": { none: "a camera reminder's answer, no inspection" },
  "camera.reminderSendBack": { none: "a camera reminder's answer, no inspection" },
  "camera.reminderReturn": { none: "a camera reminder's answer, no inspection" },
  "camera.reminderAccept": { none: "a camera reminder's answer, no inspection" },
  // Creates a remote-camera inspection through inspections' own create (its refusals and warnings are
  // those of inspections.create, which the R5 tables cover with the secret's unit and days).
  "camera.openInspection": { none: "creates an inspection as inspections.create does" },
  // Dossier statistics are the dossier system's counts per unit and month: no inspection in them.
  "dossiers.importPreview": { none: "dossier counts, never an inspection" },
  "dossiers.importCommit": { none: "dossier counts, never an inspection" },
  "dossiers.months": { none: "dossier counts, never an inspection" },
  "dossiers.dashboard": { none: "sums of dossier counts" },
  "dossiers.trend": { none: "sums of dossier counts" },
  "dossiers.thresholds": { none: "the province's thresholds" },
  "dossiers.saveThresholds": { none: "the province's thresholds" },
  // Creates a remote-dossier inspection through inspections' own create, as camera.openInspection does
  // (the R5 table calls it over the secret's unit and day).
  "dossiers.openRemoteCheck": { none: "creates an inspection as inspections.create does" },
  // Report duties are about bodies and periods, never about an inspection.
  "reportDuties.summary": { none: "counts of reports sent by bodies" },
  "reportDuties.list": { none: "bodies and whether they sent a report" },
  "reportDuties.markSent": { none: "a body's own report record" },
  "reportDuties.mine": { none: "the reports the caller's body owes and whether it sent them" },
  "reportDuties.saveDueDates": { none: "the year's due dates" },
  // Counts and violating reviews of one unit's cameras: camera data, never an inspection (R5 table too).
  "camera.remoteInspectionPreview": { none: "camera reviews of a unit, no inspection" },
  // The PAR index (issue 11 §3–§5): its figures count only concluded or closed inspections of the
  // unit — all started, so never a surprise before its day; the secrecy table compares every answer.
  "parIndex.tree": { none: "the province's criteria tree" },
  "parIndex.versions": { none: "versions of the criteria tree" },
  "parIndex.saveTree": { none: "the province's criteria tree" },
  "parIndex.importPreview": { none: "a criteria tree read from a file" },
  "parIndex.importCommit": { none: "the province's criteria tree" },
  "parIndex.deadlines": { none: "the year's scoring deadlines" },
  "parIndex.setDeadlines": { none: "the year's scoring deadlines" },
  "parIndex.sheet": {
    // Biên Hòa's own sheet and the secret's target's: no inspection id, and counts of started ones only.
    reads: [(f) => ["parIndex.sheet", { unitId: f.targetId, year: 2023 }]],
    sees: (out, f) => JSON.stringify(out).includes(`"inspectionId":${f.secretId}`),
  },
  "parIndex.sheets": { none: "scoring sheets of units" },
  "parIndex.saveSelfScore": { none: "the unit's own scoring sheet" },
  "parIndex.submit": { none: "the unit's own scoring sheet" },
  "parIndex.saveExplanation": { none: "the unit's own scoring sheet" },
  "parIndex.explain": { none: "the unit's own scoring sheet" },
  "parIndex.removeFile": { none: "an evidence file of the unit's own scoring sheet" },
  "parIndex.saveAppraisal": { none: "a unit's scoring sheet" },
  "parIndex.finishRound": { none: "a unit's scoring sheet" },
  "parIndex.lock": { none: "a unit's scoring sheet" },
  "parIndex.ranking": { none: "totals of locked scoring sheets" },
  "parIndex.publications": { none: "whether the year's rankings are published" },
  "parIndex.publish": { none: "publishes the totals of locked scoring sheets" },
  "parIndex.unpublish": { none: "withdraws a published ranking" },
};

async function outcome(caller: Caller, path: string, input: unknown) {
  try {
    return { ok: true as const, out: await callPath(caller, path, input) };
  } catch (error) {
    const f = factsOf(error);
    return { ok: false as const, code: f.code, message: f.message };
  }
}

/** Whether any read of the entry shows the secret inspection to this caller. */
async function anyReadSees(caller: Caller, entry: Extract<Entry, { reads: unknown }>, f: Fixture) {
  for (const read of entry.reads) {
    const [path, input] = read(f);
    const r = await outcome(caller, path, input);
    if (r.ok && entry.sees(r.out, f)) return `${path} ${JSON.stringify(input)}`;
  }
  return null;
}

async function setup(): Promise<Fixture & { admin: Caller }> {
  const { admin, plan } = await adminWith2023Plan(t.trx);
  const secret = await admin.inspections.create({
    ...(await announcedInput(t.trx, plan.id, "25993")), // Phường Trảng Dài, Biên Hòa
    form: "surprise",
    noticeDate: null,
  });
  await admin.inspections.schedule({ id: secret.inspection.id });
  const announced = await admin.inspections.create(await announcedInput(t.trx, plan.id, "26002")); // Hố Nai
  // Published: scheduled in the approved plan, so that the unit sees it (a draft it would not).
  await admin.inspections.schedule({ id: announced.inspection.id });
  await admin.plans.approve({ year: 2023, number: "284/KH-UBND", issuedDate: "2022-12-29" });
  return {
    admin,
    secretId: secret.inspection.id,
    announcedId: announced.inspection.id,
    targetId: secret.inspection.targetUnit.id,
  };
}

describe("R5 a surprise inspection is invisible to its unit until it starts", () => {
  it("R5 every procedure of the router has an entry saying how it could reveal an inspection", () => {
    expect(Object.keys(ENTRIES).sort()).toEqual(procedurePaths());
  });

  it("R5 a surprise inspection of a commune of Biên Hòa is invisible to ubnd.bienhoa through every read, until it starts; then it appears", async () => {
    const f = await setup();
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    // The officer does see the announced one: the filter hides the secret, not everything.
    expect(ids(await bienHoa.inspections.list({ year: 2023 }))).toEqual([f.announcedId]);
    expect((await bienHoa.inspections.calendar({ year: 2023, month: 6 })).inspections).toHaveLength(1);

    for (const [path, entry] of Object.entries(ENTRIES)) {
      if ("reads" in entry) {
        expect(await anyReadSees(bienHoa, entry, f), `${path} shows the secret inspection`).toBeNull();
      } else if ("acts" in entry) {
        const secret = await outcome(bienHoa, path, entry.acts(f.secretId));
        const unknown = await outcome(bienHoa, path, entry.acts(UNKNOWN));
        expect(secret.ok, path).toBe(false);
        expect(secret, `${path} answers differently for the secret id`).toEqual(unknown);
      }
    }
    // The planners see it (so the reads above could have found it).
    const { caller: leader } = await signIn(t.trx, "lanhdao");
    expect(ids(await leader.inspections.list({}))).toContain(f.secretId);
    for (const path of ["plans.coverage", "plans.coverageUnits"])
      expect(
        await anyReadSees(leader, ENTRIES[path] as Extract<Entry, { reads: unknown }>, f),
        path,
      ).not.toBeNull();

    // It starts on its day: from then on the unit sees it like any other.
    const day = onDay(JUNE.startDate);
    const { caller: team } = await signIn(t.trx, "snv.admin", day);
    await team.inspections.start({ id: f.secretId });
    const { caller: bienHoaLater } = await signIn(t.trx, "ubnd.bienhoa", day);
    for (const [path, entry] of Object.entries(ENTRIES)) {
      if ("reads" in entry && entry.afterStart) {
        expect(await anyReadSees(bienHoaLater, entry, f), `${path} after the start`).not.toBeNull();
      }
    }
    expect(ids(await bienHoaLater.inspections.list({ year: 2023 })).sort()).toEqual(
      [f.secretId, f.announcedId].sort(),
    );
  });

  it("R5 a status set early is not enough: before its start date a started surprise stays secret", async () => {
    const f = await setup();
    await t.trx
      .updateTable("inspections")
      .set({ status: "in_progress" })
      .where("id", "=", f.secretId)
      .execute();
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    expect(ids(await bienHoa.inspections.list({}))).not.toContain(f.secretId);
  });

  it("R5 counts are taken after the filter: another lead body's sector inspector neither lists nor counts it", async () => {
    const f = await setup();
    const { caller: tuPhap } = await signIn(t.trx, "so.tuphap");
    expect(ids(await tuPhap.inspections.list({ year: 2023 }))).toEqual([f.announcedId]);
    const commune = (c: Awaited<ReturnType<Caller["plans"]["coverage"]>>) =>
      c.tiers.find((x) => x.tier === "commune")!;
    expect(commune(await tuPhap.plans.coverage({ year: 2023 })).planned).toBe(1);
    expect(commune(await f.admin.plans.coverage({ year: 2023 })).planned).toBe(2);
    for (const [path, entry] of Object.entries(ENTRIES)) {
      if (!("acts" in entry)) continue;
      const secret = await outcome(tuPhap, path, entry.acts(f.secretId));
      const unknown = await outcome(tuPhap, path, entry.acts(UNKNOWN));
      expect(secret, `${path} answers so.tuphap differently for the secret id`).toEqual(unknown);
    }
  });
});
