import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/db/create-db";
import { fileFixtures } from "./helpers/files";
import { cookieFor, multipart, pngBytes, serverOn } from "./helpers/http";
import { openTestDb, useTestDb } from "./helpers/test-db";
import { countRows } from "./helpers/units";

/** A tRPC mutation over HTTP, as the apps' client sends it (superjson body, unbatched). */
function mutate(app: FastifyInstance, cookie: string, path: string, input: unknown, key?: string) {
  return app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { "content-type": "application/json", cookie, ...(key ? { "idempotency-key": key } : {}) },
    payload: JSON.stringify({ json: input }),
  });
}

function upload(app: FastifyInstance, cookie: string, query: string, bytes: Buffer, key: string) {
  const body = multipart("quầy.png", "image/png", bytes);
  return app.inject({
    method: "POST",
    url: `/files/evidence?${query}`,
    headers: { ...body.headers, cookie, "idempotency-key": key },
    payload: body.payload,
  });
}

describe("concurrent duplicates over HTTP (no test transaction: real concurrency on PostgreSQL)", () => {
  let handle: DbHandle & { dropSchema?: () => Promise<void> };
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await openTestDb();
    app = await serverOn(handle.db);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    await handle.dropSchema?.();
  });

  it("five identical creates in flight with one key make one unit, one audit row, and five equal answers", async () => {
    const cookie = await cookieFor(app, "snv.admin");
    const province = await handle.db
      .selectFrom("org_units")
      .select("id")
      .where("code", "=", "75")
      .executeTakeFirstOrThrow();
    const code = `IDEM${Math.floor(Math.random() * 1e6)}`;
    const input = {
      code,
      name: "Phòng Thử nghiệm",
      kind: "department",
      parentId: province.id,
      validFrom: "2023-01-01",
    };
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => mutate(app, cookie, "units.create", input, key)),
    );
    for (const res of answers) expect(res.statusCode, res.body).toBe(200);
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
    const rows = await handle.db.selectFrom("org_units").select("id").where("code", "=", code).execute();
    expect(rows).toHaveLength(1);
    const audit = await handle.db
      .selectFrom("audit_log")
      .select("id")
      .where("entity", "=", "org_unit")
      .where("entity_id", "=", String(rows[0]!.id))
      .execute();
    expect(audit).toHaveLength(1);

    // The same five without a key: one create, four refusals of the taken code (what the key prevents).
    const code2 = `${code}B`;
    const unkeyed = await Promise.all(
      Array.from({ length: 5 }, () => mutate(app, cookie, "units.create", { ...input, code: code2 })),
    );
    expect(unkeyed.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(unkeyed.filter((r) => r.statusCode === 409)).toHaveLength(4);
  });
});

describe("idempotency keys on the upload and import routes", () => {
  const t = useTestDb();
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it("an upload sent twice with one key stores one file and answers it twice; other bytes under that key: 409", async () => {
    const fx = await fileFixtures(t.trx);
    app = await serverOn(t.trx);
    const cookie = await cookieFor(app, "snv.admin");
    const before = await countRows(t.trx, "evidence_files");
    const audit = await countRows(t.trx, "audit_log");
    const key = randomUUID();
    const query = `inspectionId=${fx.announced}&itemCode=1a`;
    const first = await upload(app, cookie, query, pngBytes(), key);
    const again = await upload(app, cookie, query, pngBytes(), key);
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await countRows(t.trx, "evidence_files")).toBe(before + 1);
    expect(await countRows(t.trx, "audit_log")).toBe(audit + 1);

    const other = await upload(app, cookie, query, Buffer.concat([pngBytes(), Buffer.from([0])]), key);
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ domainCode: "IDEMPOTENCY.KEY_REUSED" });
    expect(other.json().error.fieldErrors["Idempotency-Key"]).toBeDefined();
    expect(await countRows(t.trx, "evidence_files")).toBe(before + 1);
  });

  it("the import routes read the header too: a key already used elsewhere is refused before any work", async () => {
    app = await serverOn(t.trx);
    const cookie = await cookieFor(app, "snv.admin");
    const key = randomUUID();
    const plan = await mutate(app, cookie, "plans.create", { year: 2023, template: "dong-nai-2023" }, key);
    expect(plan.statusCode, plan.body).toBe(200);
    const input = { fileName: "units.csv", contentBase64: "", validFrom: "2023-01-01" };
    const res = await mutate(app, cookie, "units.importCommit", input, key);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.json.data).toMatchObject({ domainCode: "IDEMPOTENCY.KEY_REUSED" });
  });

  it("a malformed key on a mutation is a 400 naming the header", async () => {
    app = await serverOn(t.trx);
    const cookie = await cookieFor(app, "snv.admin");
    const res = await mutate(
      app,
      cookie,
      "plans.create",
      { year: 2023, template: "dong-nai-2023" },
      "not-a-uuid",
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.json.data).toMatchObject({ domainCode: "IDEMPOTENCY.KEY_INVALID" });
    expect(res.json().error.json.message).toMatch(
      /^Khóa chống trùng.* \/ The Idempotency-Key header must be a UUID/,
    );
  });
});
