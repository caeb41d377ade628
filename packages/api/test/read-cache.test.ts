import { describe, expect, it } from "vitest";
import { READ_CACHE_TTL_MS, ReadCache } from "../src/server/read-cache";

const dongNai = { provinceId: 1, national: false };
const binhPhuoc = { provinceId: 2, national: false };
const nation = { provinceId: 1, national: true };

function kept(cache: ReadCache, key: string, scope = dongNai, data: unknown = { key }, now = 0) {
  cache.set(key, scope, cache.stampOf(scope), now, data);
}

describe("the read cache's bookkeeping", () => {
  it("keeps nothing until it hears the changes, and forgets everything when it stops hearing them", () => {
    const c = new ReadCache();
    kept(c, "a");
    expect(c.get("a", dongNai, 1)).toBeUndefined();
    c.enable();
    kept(c, "a");
    expect(c.get("a", dongNai, 1)).toEqual({ key: "a" });
    c.disable();
    c.enable();
    expect(c.get("a", dongNai, 1)).toBeUndefined();
  });

  it("serves an answer within its time only, never to an earlier request time", () => {
    const c = new ReadCache();
    c.enable();
    kept(c, "a", dongNai, 1, 1000);
    expect(c.get("a", dongNai, 999)).toBeUndefined();
    kept(c, "a", dongNai, 1, 1000);
    expect(c.get("a", dongNai, 1000 + READ_CACHE_TTL_MS - 1)).toBe(1);
    expect(c.get("a", dongNai, 1000 + READ_CACHE_TTL_MS)).toBeUndefined();
  });

  it("drops a province's answers on its change, a national reader's on any change, all on '*'", () => {
    const c = new ReadCache();
    c.enable();
    kept(c, "dn", dongNai);
    kept(c, "bp", binhPhuoc);
    kept(c, "nation", nation);
    c.changed("2");
    expect(c.get("dn", dongNai, 1)).toBeDefined();
    expect(c.get("bp", binhPhuoc, 1)).toBeUndefined();
    expect(c.get("nation", nation, 1)).toBeUndefined();
    c.changed("*");
    expect(c.get("dn", dongNai, 1)).toBeUndefined();
    kept(c, "dn", dongNai);
    c.changedHere();
    expect(c.get("dn", dongNai, 1)).toBeUndefined();
  });

  it("refuses an answer whose province changed while its query ran", () => {
    const c = new ReadCache();
    c.enable();
    const stamp = c.stampOf(dongNai);
    c.changed("1");
    c.set("a", dongNai, stamp, 0, 1);
    expect(c.get("a", dongNai, 1)).toBeUndefined();
  });

  it("stays within its bytes, the least recently used out first", () => {
    const c = new ReadCache(3_000);
    c.enable();
    const page = "x".repeat(900);
    kept(c, "a", dongNai, page);
    kept(c, "b", dongNai, page);
    kept(c, "c", dongNai, page);
    expect(c.get("a", dongNai, 1)).toBe(page);
    kept(c, "d", dongNai, page);
    expect(c.get("b", dongNai, 1)).toBeUndefined();
    expect(c.get("a", dongNai, 1)).toBe(page);
    expect(c.size.bytes).toBeLessThanOrEqual(3_000);
  });
});
