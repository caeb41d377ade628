import { describe, expect, it } from "vitest";
import { signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { adminWith2023Plan } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";
import { unitIdByCode } from "./helpers/units";

const t = useTestDb();

const review = (counterId: number, over: Record<string, unknown> = {}) => ({
  clientId: crypto.randomUUID(),
  counterId,
  watchedFrom: new Date("2023-06-01T01:40:00Z"),
  watchedTo: new Date("2023-06-01T01:50:00Z"),
  items: ["personal_phone", "no_card_uniform"] as ("personal_phone" | "no_card_uniform")[],
  severity: "minor" as const,
  verdict: "violation" as const,
  note: "Công chức dùng điện thoại khi có người chờ",
  ...over,
});

async function bienHoaCounter() {
  const { caller } = await signIn(t.trx, "camera.1");
  const page = await caller.camera.counters({ shopUnitId: await unitIdByCode(t.trx, "731") });
  return { caller, counter: page.items[0]! };
}

describe("camera feeds register", () => {
  it("lists the demo counters with health, and never a stream address or credential", async () => {
    const { caller } = await signIn(t.trx, "camera.1");
    const shop = await unitIdByCode(t.trx, "741");
    const saved = await caller.camera.saveCounter({
      shopUnitId: shop,
      number: 9,
      name: "Quầy thử RTSP",
      fields: ["dat_dai"],
      streamKind: "rtsp",
      streamUrl: "rtsp://10.1.2.3:554/stream1",
      username: "admin",
      password: "bi-mat-123",
    });
    const page = await caller.camera.counters({ limit: 200 });
    expect(page.items.length).toBeGreaterThanOrEqual(9);
    const text = JSON.stringify([saved, page, await caller.camera.counter({ id: saved.id })]);
    expect(text).not.toContain("10.1.2.3");
    expect(text).not.toContain("bi-mat-123");
    expect(text).not.toContain("admin");
    expect(page.items.every((c) => c.online === false)).toBe(true);
    const audit = await t.trx
      .selectFrom("audit_log")
      .select(["after"])
      .where("entity", "=", "camera_counter")
      .execute();
    expect(JSON.stringify(audit)).not.toContain("bi-mat-123");
  });

  it("refuses a second counter with the same number in a shop, naming the field", async () => {
    const { caller, counter } = await bienHoaCounter();
    const f = await failureOf(
      caller.camera.saveCounter({
        shopUnitId: counter.shopUnitId,
        number: counter.number,
        name: "Trùng",
        streamKind: "demo",
      }),
    );
    expect(f.code).toBe("CONFLICT");
    expect(f.fieldErrors.number?.[0]).toContain("Số quầy");
  });
});

describe("camera reviews: client id and content hash", () => {
  it("a replay is answered as already saved, other content under the same id is a 409, no duplicate", async () => {
    const { caller, counter } = await bienHoaCounter();
    const r = review(counter.id);
    const first = await caller.camera.saveReview(r);
    expect(first.alreadySaved).toBe(false);
    const again = await caller.camera.saveReview({ ...r });
    expect(again).toEqual({ ...first, alreadySaved: true });
    const f = await failureOf(caller.camera.saveReview({ ...r, note: "nội dung khác" }));
    expect(f.code).toBe("CONFLICT");
    expect(f.fieldErrors.clientId?.[0]).toContain(" / ");
    const n = await t.trx
      .selectFrom("camera_reviews")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("client_id", "=", r.clientId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it("a violation becomes a reminder to the unit: Biên Hòa's clerk reads it, Xuân Lộc's does not", async () => {
    const { caller, counter } = await bienHoaCounter();
    await caller.camera.saveReview(review(counter.id));
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    const mine = await bienHoa.camera.reminders({});
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]!.items).toEqual(["personal_phone", "no_card_uniform"]);
    const others = await t.trx
      .selectFrom("users")
      .select("username")
      .where("username", "like", "ubnd.%")
      .execute();
    const other = others.find((u) => u.username !== "ubnd.bienhoa");
    if (other) {
      const { caller: outside } = await signIn(t.trx, other.username);
      expect((await outside.camera.reminders({})).items).toHaveLength(0);
    }
  });

  it("an ok review sends no reminder; reviews list newest first with my reviewed mark; bulk mark", async () => {
    const { caller, counter } = await bienHoaCounter();
    await caller.camera.saveReview(review(counter.id, { items: [], verdict: "ok", severity: "none" }));
    const second = await caller.camera.saveReview(
      review(counter.id, { items: [], verdict: "ok", severity: "none", note: "b" }),
    );
    expect((await caller.camera.reminders({})).items).toHaveLength(0);
    const page = await caller.camera.reviews({ limit: 1 });
    expect(page.items[0]!.id).toBe(second.review.id);
    expect(page.nextCursor).not.toBeNull();
    const rest = await caller.camera.reviews({ limit: 1, cursor: page.nextCursor });
    expect(rest.items[0]!.id).not.toBe(second.review.id);
    expect(await caller.camera.markReviewed({ reviewIds: [second.review.id] })).toEqual({ marked: 1 });
    expect((await caller.camera.reviews({ limit: 1 })).items[0]!.reviewedByMe).toBe(true);
  });

  it("the monthly report counts reviews, sample and violations by item in SQL", async () => {
    const { caller, counter } = await bienHoaCounter();
    await caller.camera.saveReview(review(counter.id));
    await caller.camera.saveReview(review(counter.id, { items: [], verdict: "ok", severity: "none" }));
    const report = await caller.camera.report({ year: 2023, month: 6 });
    const row = report.units.find((u) => u.unitId === counter.shopUnitId)!;
    expect(row).toMatchObject({ reviews: 2, violations: 1, fromSample: 0 });
    expect(row.byItem).toEqual({ personal_phone: 1, no_card_uniform: 1 });
    expect(report.trend).toEqual([{ month: 6, reviews: 2, violations: 1 }]);
  });
});

describe("camera sampling", () => {
  it("draws the day's sample once with a published seed; a holiday has none", async () => {
    const { caller } = await signIn(t.trx, "camera.1");
    const a = await caller.camera.drawSample({ date: "2023-06-12" });
    const b = await caller.camera.drawSample({ date: "2023-06-12" });
    expect(b).toEqual(a);
    expect(a!.windows.length).toBeGreaterThan(0);
    expect(typeof a!.seed).toBe("number");
    expect((await caller.camera.drawSample({ date: "2023-09-02" }))!.windows).toEqual([]);
  });
});

describe("acting on violations", () => {
  it("repeated violations raise the unit's priority in the province's proposal, with the reason shown", async () => {
    const { caller, counter } = await bienHoaCounter();
    const { admin } = await adminWith2023Plan(t.trx);
    const scoreOf = async () => {
      const proposal = await admin.proposal.run({ year: 2023, seed: 1 });
      const district = proposal.tiers.find((x) => x.tier === "district")!;
      return [...district.picks, ...district.reserve].find((p) => p.unitId === counter.shopUnitId);
    };
    const before = await scoreOf();
    for (const note of ["a", "b", "c"]) await caller.camera.saveReview(review(counter.id, { note }));
    const after = await scoreOf();
    expect(after).toBeTruthy();
    expect(after!.reasons.vi).toContain("3 vi phạm qua camera giám sát");
    if (before) expect(after!.score).toBeGreaterThan(before.score);
  });
});

describe("remote-camera inspection", () => {
  it("opens with its area 4 finding filled from the reviews, and never counts toward the on-site quota", async () => {
    const { caller, counter } = await bienHoaCounter();
    const { admin } = await adminWith2023Plan(t.trx);
    await caller.camera.saveReview(review(counter.id));
    await caller.camera.saveReview(review(counter.id, { items: [], verdict: "ok", severity: "none" }));
    const coverageBefore = await admin.plans.coverage({ year: 2023 });
    const opened = await admin.camera.openInspection({
      unitId: counter.shopUnitId,
      startDate: "2023-06-01",
      endDate: "2023-06-30",
    });
    expect(opened.inspection.form).toBe("remote_camera");
    expect(opened.finding.rating).toBe("chua_dat");
    expect(opened.finding.note).toContain(
      "Qua 2 lượt xem camera Bộ phận Một cửa từ 01/06/2023 đến 30/06/2023: 1 lượt vi phạm",
    );
    const stored = await t.trx
      .selectFrom("findings")
      .select(["item_code", "rating"])
      .where("inspection_id", "=", opened.inspection.id)
      .execute();
    expect(stored).toEqual([{ item_code: "4", rating: "chua_dat" }]);
    expect(await admin.plans.coverage({ year: 2023 })).toEqual(coverageBefore);
    const f = await failureOf(
      caller.camera.openInspection({
        unitId: counter.shopUnitId,
        startDate: "2023-06-01",
        endDate: "2023-06-30",
      }),
    );
    expect(f.code).toBe("FORBIDDEN");
  });
});

describe("remote-camera inspection evidence", () => {
  it("previews the reviews it will keep, then copies their snapshots as item 4's evidence and names them", async () => {
    const { caller, counter } = await bienHoaCounter();
    const { admin } = await adminWith2023Plan(t.trx);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
    const snapshotId = crypto.randomUUID();
    await t.trx
      .insertInto("camera_snapshots")
      .values({
        id: snapshotId,
        counter_id: counter.id,
        unit_id: counter.shopUnitId,
        content_type: "image/jpeg",
        size_bytes: jpeg.length,
        sha256: "0".repeat(64),
        content: jpeg,
        uploaded_by: null,
        uploaded_at: new Date("2023-06-01T01:45:00Z"),
      })
      .execute();
    const bad = await caller.camera.saveReview(review(counter.id, { snapshotIds: [snapshotId] }));
    await caller.camera.saveReview(review(counter.id, { items: [], verdict: "ok", severity: "none" }));
    const period = { unitId: counter.shopUnitId, startDate: "2023-06-01", endDate: "2023-06-30" };
    const preview = await admin.camera.remoteInspectionPreview(period);
    expect(preview.stats).toMatchObject({ reviews: 2, violations: 1 });
    expect(preview.evidence.map((r) => r.id)).toEqual([bad.review.id]);
    expect(preview.finding.note).toContain(`Minh chứng: lượt xem #${bad.review.id}, kèm ảnh chụp.`);
    expect(
      await t.trx.selectFrom("inspections").select("id").where("form", "=", "remote_camera").execute(),
    ).toEqual([]);

    const opened = await admin.camera.openInspection(period);
    expect(opened.finding.note).toBe(preview.finding.note);
    expect(opened.evidence.reviewIds).toEqual([bad.review.id]);
    const files = await admin.evidence.list({ inspectionId: opened.inspection.id });
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ itemCode: "4", contentType: "image/jpeg" });
    expect(files[0]!.fileName).toBe(`camera-luot-xem-${bad.review.id}-1.jpg`);
    const copied = await t.trx
      .selectFrom("evidence_files")
      .select("content")
      .where("inspection_id", "=", opened.inspection.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.compare(copied.content, jpeg)).toBe(0);
    const audit = await t.trx
      .selectFrom("audit_log")
      .select("after")
      .where("entity", "=", "inspection")
      .where("entity_id", "=", String(opened.inspection.id))
      .where("action", "=", "record_finding")
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain(files[0]!.id);

    const reviewer = await failureOf(caller.camera.remoteInspectionPreview(period));
    expect(reviewer.code).toBe("FORBIDDEN");
  });
});

describe("camera.saveReviews (the outbox after a network cut)", () => {
  it("saves new reviews, answers replays as already saved and refuses a reused id, each on its own", async () => {
    const { caller, counter } = await bienHoaCounter();
    const earlier = review(counter.id);
    const saved = await caller.camera.saveReview(earlier);
    const fresh = [review(counter.id), review(counter.id, { items: [], verdict: "ok", severity: "none" })];
    const out = await caller.camera.saveReviews({
      reviews: [fresh[0]!, earlier, fresh[1]!, review(987_654)],
    });
    expect(out.map((o) => o.status)).toEqual(["saved", "alreadySaved", "saved", "refused"]);
    expect(out[1]).toMatchObject({ reviewId: saved.review.id });
    expect(out[3]).toMatchObject({ field: "counterId" });
    const reused = await caller.camera.saveReviews({ reviews: [{ ...earlier, note: "nội dung khác" }] });
    expect(reused[0]).toMatchObject({ status: "refused", field: "clientId" });
    // Sent again (the answer was lost): nothing new.
    const again = await caller.camera.saveReviews({ reviews: fresh });
    expect(again.map((o) => o.status)).toEqual(["alreadySaved", "alreadySaved"]);
    const { caller: bienHoa } = await signIn(t.trx, "ubnd.bienhoa");
    expect((await bienHoa.camera.reminders({})).items).toHaveLength(2);
    // Each reminder reached Biên Hòa's inbox once, replays included (issue 10 §7 → issue 9 §8).
    const inbox = (await bienHoa.notifications.page({ limit: 200 })).items.filter(
      (n) => n.kind === "camera_reminder",
    );
    expect(inbox).toHaveLength(2);
    expect(inbox.every((n) => n.link === "/portal/camera-reminders")).toBe(true);
    const report = await caller.camera.report({ year: 2023, month: 6 });
    expect(report.units.find((u) => u.unitId === counter.shopUnitId)).toMatchObject({
      reviews: 3,
      violations: 2,
    });
    const audits = await t.trx
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "like", "camera_re%")
      .execute();
    expect(audits.filter((a) => a.action === "camera.review.create")).toHaveLength(3);
  });
});
