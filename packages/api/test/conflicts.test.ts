import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import {
  addSecret,
  buildWorld,
  SECRET_DAYS,
  SECRET_ID,
  SHARED_MEMBER,
  setSequences,
} from "./helpers/secrecy-world";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

async function auditOf(entity: string) {
  return t.trx
    .selectFrom("audit_log")
    .select(["action", "entity_id", "unit_id", "user_id"])
    .where("entity", "=", entity)
    .orderBy("id")
    .execute();
}

describe("silent scheduling conflicts with a secret surprise (R5 with R4/R7)", () => {
  it("so.tuphap's inspection over the secret's unit and days is accepted; Sở Nội vụ sees the conflict and resolves it", async () => {
    const w = await buildWorld(t.trx);
    await addSecret(t.trx, w);
    await setSequences(t.trx, 6_000_000);
    const { caller: tuPhap } = await signIn(t.trx, "so.tuphap");
    const created = await tuPhap.inspections.create({
      planId: w.planId,
      targetUnitId: w.trangDai,
      form: "announced",
      areas: ["4"],
      ...SECRET_DAYS,
    });
    // The one warning is about so.tuphap's own earlier visit to Trảng Dài (20/06), which it sees — never
    // the secret.
    expect(created.warnings.map((w) => w.code)).toEqual(["INSPECTION.REPEAT_SAME_BODY_YEAR"]);
    expect(created.warnings[0]?.message).toContain("20/06/2023");
    // And a member of the secret's team, booked again on the same days: accepted too.
    const member = { name: "Trần Thị Nội", body: "Sở Nội vụ", role: "leader" as const };
    await tuPhap.teams.set({ inspectionId: created.inspection.id, members: [member] });

    // The author sees no conflict, and cannot reach one by id.
    expect(await tuPhap.conflicts.list({ includeResolved: true })).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
    });
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const openPage = await admin.conflicts.list({});
    expect(openPage).toMatchObject({ total: 2, nextCursor: null });
    const open = openPage.items;
    expect(open.map((c) => [c.kind, c.member, c.inspection.id, c.hidden.id, c.firstDay])).toEqual([
      ["team_member", "Trần Thị Nội (Sở Nội vụ)", created.inspection.id, SECRET_ID, "2023-06-14"],
      ["same_days", null, created.inspection.id, SECRET_ID, "2023-06-14"],
    ]);
    expect(open[0]!.detectedBy).toBe("Thanh tra Sở Tư pháp");
    const resolveByAuthor = await failureOf(tuPhap.conflicts.resolve({ id: open[0]!.id, note: "Đã đổi" }));
    expect(resolveByAuthor).toMatchObject({ code: "NOT_FOUND", domainCode: "CONFLICT.NOT_FOUND" });
    expect(resolveByAuthor.fieldErrors.id).toBeDefined();

    // Văn phòng UBND tỉnh may act on it too; the leader (read-only) may not even list.
    const { caller: office } = await signIn(t.trx, "vp.ubnd");
    expect((await office.conflicts.list({})).items.length).toBe(2);
    const { caller: leader } = await signIn(t.trx, "lanhdao");
    expect((await failureOf(leader.conflicts.list({}))).code).toBe("FORBIDDEN");
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    expect((await failureOf(bienHoa.conflicts.list({}))).code).toBe("FORBIDDEN");

    // Saving again does not pile up duplicates.
    await tuPhap.teams.set({ inspectionId: created.inspection.id, members: [member] });
    expect((await admin.conflicts.list({})).items).toHaveLength(2);
    // A page of one, then the next: the keyset cursor walks newest first without repeats.
    const first = await admin.conflicts.list({ limit: 1 });
    const second = await admin.conflicts.list({ limit: 1, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((c) => c.id)).toEqual(open.map((c) => c.id));
    expect(second.nextCursor).toBeNull();

    const resolved = await admin.conflicts.resolve({
      id: open[1]!.id,
      note: "Dời đoàn Sở Tư pháp sang tuần sau",
    });
    expect(resolved).toMatchObject({
      resolvedBy: "Phòng CCHC – Sở Nội vụ",
      note: "Dời đoàn Sở Tư pháp sang tuần sau",
    });
    expect((await admin.conflicts.list({})).items.map((c) => c.id)).toEqual([open[0]!.id]);
    expect((await admin.conflicts.list({ includeResolved: true })).items).toHaveLength(2);
    const again = await failureOf(admin.conflicts.resolve({ id: open[1]!.id, note: "Lần nữa" }));
    expect(again).toMatchObject({ code: "CONFLICT", domainCode: "CONFLICT.RESOLVED" });

    // Every detection and the resolution are in the audit log, under no unit.
    const audit = await auditOf("schedule_conflict");
    expect(audit.map((a) => a.action)).toEqual(["detect_conflict", "detect_conflict", "resolve"]);
    expect(audit.every((a) => a.unit_id === null)).toBe(true);
  });

  it("a refusal names only inspections the caller may see: Sở Nội vụ is still refused over the visible clash", async () => {
    const w = await buildWorld(t.trx);
    await addSecret(t.trx, w);
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const refused = await failureOf(
      admin.inspections.create({
        planId: w.planId,
        targetUnitId: w.trangDai,
        form: "announced",
        areas: ["1"],
        ...SECRET_DAYS,
      }),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", domainCode: "INSPECTION.OVERLAP_SAME_DAYS" });
    // The secret is visible to Sở Nội vụ, so naming it is no leak.
    const busy = await failureOf(admin.teams.set({ inspectionId: w.ownSameTeam, members: [SHARED_MEMBER] }));
    expect(busy).toMatchObject({ code: "CONFLICT", domainCode: "SCHEDULE.TEAM_BUSY" });
    expect(busy.message).toContain(`#${SECRET_ID}`);
    expect((await admin.conflicts.list({})).items).toEqual([]);
  });
});
