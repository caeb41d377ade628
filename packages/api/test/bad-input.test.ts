import { describe, expect, it } from "vitest";
import type { Db } from "../src/db/database";
import { anonymous, signIn } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { callPath, procedurePaths } from "./helpers/procedures";
import { useTestDb } from "./helpers/test-db";
import { snapshotCounts, unitIdByCode } from "./helpers/units";

const t = useTestDb();
const long = (n: number) => "a".repeat(n);
const UNKNOWN_ID = 987_654;

interface Case {
  input: unknown;
  field: string;
  code?: "BAD_REQUEST" | "NOT_FOUND";
}

/**
 * Bad inputs per procedure, each naming the field the error must name. Procedures that take no input
 * are listed with none. A procedure missing here fails the first test.
 */
function cases(commune: number): Record<string, Case[]> {
  const unit = {
    code: "NEW1",
    name: "Phòng Mới",
    kind: "division",
    parentId: commune,
    validFrom: "2023-01-01",
  };
  return {
    "auth.login": [
      { input: {}, field: "username" },
      { input: { username: 5, password: "x" }, field: "username" },
      { input: { username: long(101), password: "x" }, field: "username" },
      { input: { username: "snv.admin" }, field: "password" },
      { input: { username: "snv.admin", password: long(201) }, field: "password" },
    ],
    "auth.logout": [],
    "auth.me": [],
    "units.list": [
      { input: { query: 5 }, field: "query" },
      { input: { query: long(101) }, field: "query" },
      { input: { at: "01/06/2023" }, field: "at" },
      { input: { includeClosed: "yes" }, field: "includeClosed" },
    ],
    "units.tierCounts": [{ input: { at: "2023-6-1" }, field: "at" }],
    "units.get": [
      { input: {}, field: "id" },
      { input: { id: "1" }, field: "id" },
      { input: { id: -3 }, field: "id" },
      { input: { id: 1.5 }, field: "id" },
      { input: { id: UNKNOWN_ID }, field: "id", code: "NOT_FOUND" },
    ],
    "units.myScope": [],
    "units.oneStopShops": [],
    "units.create": [
      { input: {}, field: "code" },
      { input: { ...unit, code: "có dấu cách" }, field: "code" },
      { input: { ...unit, code: long(33) }, field: "code" },
      { input: { ...unit, name: long(201) }, field: "name" },
      { input: { ...unit, name: undefined }, field: "name" },
      { input: { ...unit, kind: "planet" }, field: "kind" },
      { input: { ...unit, parentId: "x" }, field: "parentId" },
      { input: { ...unit, parentId: UNKNOWN_ID }, field: "parentId" },
      { input: { ...unit, validFrom: "2023-13-01" }, field: "validFrom" },
      { input: { ...unit, validTo: "2022-12-31" }, field: "validTo" },
      { input: { ...unit, hasOneStopShop: "true" }, field: "hasOneStopShop" },
    ],
    "units.update": [
      { input: { name: "Tên mới" }, field: "id" },
      { input: { id: commune, name: "" }, field: "name" },
      { input: { id: commune, name: long(201) }, field: "name" },
      { input: { id: commune, code: "a b" }, field: "code" },
      { input: { id: commune, validFrom: "yesterday" }, field: "validFrom" },
      { input: { id: UNKNOWN_ID, name: "Tên mới" }, field: "id", code: "NOT_FOUND" },
    ],
    "units.close": [
      { input: { id: commune }, field: "validTo" },
      { input: { id: commune, validTo: "31/12/2023" }, field: "validTo" },
      { input: { validTo: "2023-12-31" }, field: "id" },
      { input: { id: commune, validTo: "2019-12-31" }, field: "validTo" },
      { input: { id: UNKNOWN_ID, validTo: "2023-12-31" }, field: "id", code: "NOT_FOUND" },
    ],
    "audit.list": [
      { input: { limit: 0 }, field: "limit" },
      { input: { limit: 1000 }, field: "limit" },
      { input: { userId: "me" }, field: "userId" },
      { input: { unitId: -1 }, field: "unitId" },
      { input: { from: "2023-05-02", to: "2023-05-01" }, field: "to" },
      { input: { cursor: "abc" }, field: "cursor" },
    ],
  };
}

async function commune(db: Db) {
  return unitIdByCode(db, "26446");
}

describe("bad input", () => {
  it("has cases for every procedure", async () => {
    expect(Object.keys(cases(1)).sort()).toEqual(procedurePaths());
  });

  it("gets a 400-class error naming the field, and writes nothing", async () => {
    const { caller: admin } = await signIn(t.trx, "snv.admin");
    const { caller: nobody } = await anonymous(t.trx);
    const before = await snapshotCounts(t.trx);
    for (const [path, list] of Object.entries(cases(await commune(t.trx)))) {
      for (const c of list) {
        const caller = path === "auth.login" ? nobody : admin;
        const f = await failureOf(callPath(caller, path, c.input));
        const label = `${path} ${JSON.stringify(c.input).slice(0, 80)}`;
        expect(f.code, label).toBe(c.code ?? "BAD_REQUEST");
        expect(Object.keys(f.fieldErrors), label).toContain(c.field);
        expect(f.fieldErrors[c.field]?.[0], label).toMatch(/ \/ /); // Vietnamese / English
      }
    }
    expect(await snapshotCounts(t.trx)).toEqual(before);
  });
});
