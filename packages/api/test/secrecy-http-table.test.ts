import { hasGoneOut, REVIEW_STATES, responseEvidenceItemCode, selfCheckEvidenceItemCode } from "@par/domain";
import type { FastifyInstance } from "fastify";
import JSZip from "jszip";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { insertEvidence } from "../src/db/evidence.repository";
import { signIn } from "./helpers/callers";
import { seedEvidence } from "./helpers/files";
import { cookieFor, multipart, pngBytes, serverOn } from "./helpers/http";
import { buildScopeFixtures } from "./helpers/inspections";
import {
  addSecret,
  buildWorld,
  DEMO_USERNAMES,
  firstDivisionCode,
  officerOf,
  resetNewRowIds,
  SECRET_ID,
  type World,
} from "./helpers/secrecy-world";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** An evidence file of the secret (as if its team had uploaded one): its id is asked for in both worlds. */
const SECRET_FILE = "0f6b3c1e-8a52-4d7e-b1f4-2c9d7e5a3b10";
const DOCS = ["decision", "notice", "minutes", "conclusion"] as const;

/**
 * The HTTP routes beside tRPC (downloads and uploads under src/files/), under the same rule as the
 * procedure table: whoever may not see the secret gets the same status, headers and content with it
 * as without it. A route added under /files without a line here fails the first test.
 */
const ROUTES: Record<
  string,
  (w: World) => { method: "GET" | "POST"; url: string; upload?: boolean; rawPng?: boolean }[]
> = {
  "GET /files/docs/inspections/:id/:document": (w) => [
    ...DOCS.map((d) => ({ method: "GET" as const, url: `/files/docs/inspections/${w.secretId}/${d}.docx` })),
    { method: "GET", url: `/files/docs/inspections/${w.ownSameTeam}/decision.docx` },
  ],
  "GET /files/docs/plans/:year/:document": () =>
    ["schedule.docx", "report.docx", "coverage.xlsx", "inspections.xlsx"].map((f) => ({
      method: "GET" as const,
      url: `/files/docs/plans/2023/${f}`,
    })),
  // A body's own report lists the inspections it led that the caller may see: the secret never.
  "GET /files/docs/plans/:year/bodies/:bodyUnitId/report.docx": (w) =>
    [w.officeBody, w.sectorBody].map((id) => ({
      method: "GET" as const,
      url: `/files/docs/plans/2023/bodies/${id}/report.docx`,
    })),
  "GET /files/docs/recommendations.xlsx": () => [{ method: "GET", url: "/files/docs/recommendations.xlsx" }],
  "GET /files/evidence/:id": () => [{ method: "GET", url: `/files/evidence/${SECRET_FILE}` }],
  // Internal inspections (IV.4): the unit's own documents, files and CCHC report section. Unit 2 is a
  // district or department of the seed (an inspecting unit), so the report is really drawn up.
  "GET /files/docs/internal/:id/:document": () =>
    ["decision", "minutes", "conclusion"].map((d) => ({
      method: "GET" as const,
      url: `/files/docs/internal/1/${d}.docx`,
    })),
  "GET /files/docs/internal-report.docx": () => [
    { method: "GET", url: "/files/docs/internal-report.docx?unitId=2&year=2023" },
    { method: "GET", url: "/files/docs/internal-report.docx?unitId=2&year=2023&quarter=2" },
  ],
  "GET /files/docs/internal-report.xlsx": () => [
    { method: "GET", url: "/files/docs/internal-report.xlsx?unitId=2&year=2023" },
  ],
  "GET /files/internal-evidence/:id": () => [
    { method: "GET", url: `/files/internal-evidence/${SECRET_FILE}` },
  ],
  "POST /files/internal-evidence": () => [
    { method: "POST", url: "/files/internal-evidence?internalId=1&itemCode=mc", upload: true },
  ],
  "POST /files/evidence": (w) => [
    { method: "POST", url: `/files/evidence?inspectionId=${w.secretId}&itemCode=4`, upload: true },
  ],
  // Evidence of a self-check item: the secret's id and an announced inspection of the same team.
  "POST /files/self-check-evidence": (w) => [
    { method: "POST", url: `/files/self-check-evidence?inspectionId=${w.secretId}&itemCode=4`, upload: true },
    {
      method: "POST",
      url: `/files/self-check-evidence?inspectionId=${w.ownSameTeam}&itemCode=4`,
      upload: true,
    },
  ],
  // A response's evidence: a demo recommendation, and an id that does not exist, answer alike in both worlds.
  "POST /files/response-evidence": () => [
    { method: "POST", url: "/files/response-evidence?recommendationId=1", upload: true },
    { method: "POST", url: "/files/response-evidence?recommendationId=987654", upload: true },
  ],
  // Camera: counters 5–6 are Phường Trảng Dài's (the secret's target), 3 Biên Hòa's.
  "GET /files/camera/live/:counterId/:file": () => [
    { method: "GET", url: "/files/camera/live/5/index.m3u8" },
    { method: "GET", url: "/files/camera/live/3/seg_1.ts" },
  ],
  // An upstream HLS resource by token: a forged token at the secret's unit's counter and at Biên Hòa's.
  "GET /files/camera/live/:counterId/p/:token": () => [
    { method: "GET", url: `/files/camera/live/5/p/${"A".repeat(64)}` },
    { method: "GET", url: `/files/camera/live/3/p/${"B".repeat(64)}` },
  ],
  "GET /files/camera/counters.xlsx": () => [{ method: "GET", url: "/files/camera/counters.xlsx" }],
  "GET /files/camera/reports/:year/:file": () =>
    ["6.xlsx", "6.docx"].map((f) => ({ method: "GET" as const, url: `/files/camera/reports/2023/${f}` })),
  "GET /files/camera/snapshots/:id": () => [{ method: "GET", url: `/files/camera/snapshots/${SECRET_FILE}` }],
  // A reminder's evidence (an answer to a camera reminder): reminders come from camera reviews, never
  // from an inspection, so the secret changes nothing; an unknown reminder and file answer alike.
  "POST /files/camera/reminder-files": () => [
    { method: "POST", url: "/files/camera/reminder-files?reminderId=1", upload: true },
    { method: "POST", url: "/files/camera/reminder-files?reminderId=987654", upload: true },
  ],
  "GET /files/camera/reminder-files/:id": () => [
    { method: "GET", url: `/files/camera/reminder-files/${SECRET_FILE}` },
  ],
  // The PAR index as Excel: the tree in force and the ranking of locked sheets carry no inspection.
  "GET /files/docs/par-index/tree.xlsx": () => [
    { method: "GET", url: "/files/docs/par-index/tree.xlsx?year=2023&level=district" },
  ],
  "GET /files/docs/par-index/ranking.xlsx": () => [
    { method: "GET", url: "/files/docs/par-index/ranking.xlsx?year=2023&level=district" },
  ],
  // A PAR-index sheet's evidence: sheets carry no inspection; the secret's target's sheet (none: 404
  // or a refusal naming the year) and Biên Hòa's answer alike in both worlds, and so does an unknown file.
  "POST /files/par-index/evidence": (w) => [
    {
      method: "POST",
      url: `/files/par-index/evidence?unitId=${w.trangDai}&year=2023&code=1.2`,
      upload: true,
    },
    { method: "POST", url: `/files/par-index/evidence?unitId=${w.bienHoa}&year=2023&code=1.2`, upload: true },
  ],
  "GET /files/par-index/evidence/:id": () => [
    { method: "GET", url: `/files/par-index/evidence/${SECRET_FILE}` },
  ],
  // A sent report's file: bodies and periods, never an inspection — the secret's own unit is a commune
  // (owes nothing), Biên Hòa's section (not sent: not found), and a kind the body does not owe.
  "GET /files/reports/sent/:bodyUnitId/:kind/:year/:period": (w) => [
    { method: "GET", url: `/files/reports/sent/${w.trangDai}/unit_cchc_section/2023/q2` },
    { method: "GET", url: "/files/reports/sent/2/unit_cchc_section/2023/year" },
    { method: "GET", url: "/files/reports/sent/2/sector_field/2023/year" },
  ],
  "POST /files/camera/snapshots": () => [
    { method: "POST", url: `/files/camera/snapshots?counterId=5&id=${SECRET_FILE}`, rawPng: true },
  ],
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/** What a client can tell apart: status, type, file name and the content (zip parts without timestamps). */
async function answer(a: FastifyInstance, cookie: string, r: ReturnType<(typeof ROUTES)[string]>[number]) {
  await sql`savepoint r5_http`.execute(t.trx);
  await resetNewRowIds(t.trx);
  try {
    const body = r.upload
      ? multipart("anh.png", "image/png", pngBytes())
      : r.rawPng
        ? { headers: { "content-type": "image/png" }, payload: pngBytes() }
        : null;
    const res = await a.inject({
      method: r.method,
      url: r.url,
      headers: { cookie, ...(body?.headers ?? {}) },
      ...(body ? { payload: body.payload } : {}),
    });
    let content = res.body;
    if (res.rawPayload.subarray(0, 2).toString() === "PK") {
      const zip = await JSZip.loadAsync(res.rawPayload);
      const parts = Object.keys(zip.files)
        .filter((n) => !n.startsWith("docProps/"))
        .sort();
      content = (
        await Promise.all(parts.map(async (n) => `${n}:${await zip.file(n)?.async("string")}`))
      ).join("\n");
    }
    // A stored upload gets a fresh random id and the clock's instant: neither can tell the worlds apart.
    if (r.upload) content = content.replace(UUID, "<uuid>").replace(INSTANT, "<instant>");
    return JSON.stringify({
      status: res.statusCode,
      type: res.headers["content-type"],
      disposition: res.headers["content-disposition"],
      content,
    });
  } finally {
    await sql`rollback to savepoint r5_http`.execute(t.trx);
  }
}

async function answersOf(a: FastifyInstance, cookies: [string, string][], w: World) {
  const out = new Map<string, string>();
  for (const [route, requests] of Object.entries(ROUTES))
    for (const r of requests(w))
      for (const [who, cookie] of cookies) out.set(`${who} ${route} ${r.url}`, await answer(a, cookie, r));
  return out;
}

/** "GET /files/…" for every route under /files, read from fastify's printed route tree. */
function filesRoutes(tree: string): string[] {
  const prefixes: string[] = [];
  const found = new Set<string>();
  for (const line of tree.split("\n")) {
    const m = /^([\s│├└─]*)(\S+) \(([^)]*)\)/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4 - 1; // the root "/" is drawn one level in
    const path =
      (depth === 0 ? "" : prefixes[depth - 1]!.replace(/\/$/, "")) +
      (depth === 0 || m[2]!.startsWith("/") ? "" : "/") +
      m[2];
    prefixes[depth] = path;
    if (!path.startsWith("/files")) continue;
    for (const method of m[3]!.split(", "))
      if (method === "GET" || method === "POST") found.add(`${method} ${path}`);
  }
  return [...found].sort();
}

const SEERS = new Set(["snv.admin", "vp.ubnd", "lanhdao"]);

describe("R5 by every HTTP route: downloads and uploads answer alike with and without a secret", () => {
  it("R5 the HTTP table lists every /files route of the server", async () => {
    app = await serverOn(t.trx);
    await app.ready();
    expect(filesRoutes(app.printRoutes({ commonPrefix: false }))).toEqual(Object.keys(ROUTES).sort());
  });

  it("R5 every /files route × every role and position: identical answers with and without a secret surprise", async () => {
    const w = await buildWorld(t.trx);
    await officerOf(t.trx, "r5.at", "25993");
    await officerOf(t.trx, "r5.beside", "26002");
    await officerOf(t.trx, "r5.below", await firstDivisionCode(t.trx));
    app = await serverOn(t.trx);
    const cookies: [string, string][] = [["anonymous", ""]];
    for (const name of [...DEMO_USERNAMES, "r5.at", "r5.below", "r5.beside"])
      cookies.push([name, await cookieFor(app, name)]);

    const without = await answersOf(app, cookies, w);
    await addSecret(t.trx, w);
    await insertEvidence(t.trx, {
      id: SECRET_FILE,
      inspection_id: SECRET_ID,
      item_code: "4",
      file_name: "bi-mat.png",
      content_type: "image/png",
      size_bytes: pngBytes().length,
      sha256: "0".repeat(64),
      content: pngBytes(),
      uploaded_by: null,
      uploaded_at: new Date("2023-06-01T03:00:00Z"),
    });
    const withSecret = await answersOf(app, cookies, w);

    const leaks: string[] = [];
    let seersNotice = 0;
    for (const [key, before] of without) {
      if (before === withSecret.get(key)) continue;
      if (SEERS.has(key.split(" ")[0]!)) seersNotice++;
      else
        leaks.push(
          `${key}\n  without: ${before.slice(0, 200)}\n  with:    ${withSecret.get(key)?.slice(0, 200)}`,
        );
    }
    expect(seersNotice).toBeGreaterThan(0);
    expect(leaks, leaks.join("\n")).toEqual([]);
  }, 300_000);
});

/** The unit's own people: the clerk and the head of Biên Hòa, where every fixture below lives. */
const INSIDERS = new Set(["ubnd.bienhoa", "ld.bienhoa"]);

describe("drafts never leak through files: a unit's own work reaches anyone outside the unit only once it has gone out", () => {
  it("self-check, response and internal files × every state × every demo user: outsiders get a missing file's answer until it goes out", async () => {
    const fx = await buildScopeFixtures(t.trx);
    const { inspection_id: recInspection } = await t.trx
      .selectFrom("recommendations")
      .select("inspection_id")
      .where("id", "=", fx.recommendation)
      .executeTakeFirstOrThrow();
    await t.trx.insertInto("self_checks").values({ inspection_id: fx.notified }).execute();
    const files = {
      selfCheck: await seedEvidence(t.trx, fx.notified, selfCheckEvidenceItemCode("4")),
      response: await seedEvidence(t.trx, recInspection, responseEvidenceItemCode(fx.recommendation)),
      internal: crypto.randomUUID(),
    };
    await t.trx
      .insertInto("internal_evidence_files")
      .values({
        id: files.internal,
        internal_id: fx.internalPlanned,
        item_code: "mc",
        file_name: "noi-bo.png",
        content_type: "image/png",
        size_bytes: pngBytes().length,
        sha256: "0".repeat(64),
        content: pngBytes(),
        uploaded_by: null,
        uploaded_at: new Date("2023-06-01T03:00:00Z"),
      })
      .execute();
    app = await serverOn(t.trx);
    const a = app;
    const cookies = new Map<string, string>();
    for (const name of DEMO_USERNAMES) cookies.set(name, await cookieFor(a, name));
    const get = async (url: string, cookie: string) => {
      const res = await a.inject({ method: "GET", url, headers: { cookie } });
      return JSON.stringify({ status: res.statusCode, type: res.headers["content-type"], body: res.body });
    };
    const absent = crypto.randomUUID();
    const seen: Record<string, Set<string>> = {};
    const check = async (kind: string, state: string, url: string, missingUrl: string, out: boolean) => {
      for (const [name, cookie] of cookies) {
        const answer = await get(url, cookie);
        const missing = await get(missingUrl, cookie);
        const served = JSON.parse(answer).status === 200;
        const who = seen[`${kind} ${state}`] ?? new Set<string>();
        seen[`${kind} ${state}`] = who;
        if (served) who.add(name);
        if (INSIDERS.has(name)) expect(served, `${name} ${kind} ${state}`).toBe(true);
        else if (!out) expect(answer, `${name} ${kind} ${state}`).toBe(missing);
      }
    };

    for (const state of REVIEW_STATES) {
      await t.trx.updateTable("self_checks").set({ review_state: state }).execute();
      await t.trx
        .updateTable("recommendations")
        .set({ review_state: state })
        .where("id", "=", fx.recommendation)
        .execute();
      const out = hasGoneOut(state);
      await check(
        "self-check",
        state,
        `/files/evidence/${files.selfCheck}`,
        `/files/evidence/${absent}`,
        out,
      );
      await check("response", state, `/files/evidence/${files.response}`, `/files/evidence/${absent}`, out);
    }
    for (const status of ["planned", "concluded"] as const) {
      await t.trx
        .updateTable("internal_inspections")
        .set({ status })
        .where("id", "=", fx.internalPlanned)
        .execute();
      const url = `/files/internal-evidence/${files.internal}`;
      await check("internal", status, url, `/files/internal-evidence/${absent}`, status !== "planned");
    }

    // Once out, the province's verifier reads them; before, nobody but the unit did.
    for (const kind of ["self-check", "response"]) {
      expect([...seen[`${kind} draft`]!].sort()).toEqual([...INSIDERS].sort());
      expect([...seen[`${kind} submitted`]!].sort()).toEqual([...INSIDERS].sort());
      expect(seen[`${kind} approved`]).toContain("snv.admin");
      expect(seen[`${kind} accepted`]).toContain("snv.admin");
    }
    expect([...seen["internal planned"]!].sort()).toEqual([...INSIDERS].sort());
    expect(seen["internal concluded"]).toContain("snv.admin");
  }, 300_000);

  it("evidence.list leaves out the unit's draft files: the team lists them once they have gone out", async () => {
    const fx = await buildScopeFixtures(t.trx);
    await t.trx.insertInto("self_checks").values({ inspection_id: fx.notified }).execute();
    const draft = await seedEvidence(t.trx, fx.notified, selfCheckEvidenceItemCode("4"));
    const own = await seedEvidence(t.trx, fx.notified, "4");
    const admin = (await signIn(t.trx, "snv.admin")).caller;
    const ids = async () => (await admin.evidence.list({ inspectionId: fx.notified })).map((f) => f.id);
    expect(await ids()).toEqual([own]);
    // The unit's clerk lists its own draft's files (its editor picks them from this list).
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const clerkIds = (await clerk.evidence.list({ inspectionId: fx.notified })).map((f) => f.id);
    expect(clerkIds.sort()).toEqual([own, draft].sort());
    await t.trx.updateTable("self_checks").set({ review_state: "approved" }).execute();
    expect((await ids()).sort()).toEqual([own, draft].sort());
  });
});
