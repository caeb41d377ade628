import { describe, expect, it } from "vitest";
import { SESSION_CACHE_TTL_MS, SessionCache } from "../src/auth/session-cache";

const user = {
  sessionId: "s1",
  userId: 1,
  username: "a",
  displayName: "A",
  provinceId: 1,
  mustChangePassword: false,
  assignments: [],
};
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
const entry = (loadedAt: number) => ({
  user,
  lastSeen: at(0),
  expiresAt: at(10 * SESSION_CACHE_TTL_MS),
  loadedAt: at(loadedAt).getTime(),
});

describe("the in-process session cache", () => {
  it("holds nothing until it is told sign-outs reach it", () => {
    const c = new SessionCache();
    c.set("s1", entry(0));
    expect(c.get("s1", at(1))).toBeUndefined();
  });

  it("answers within its TTL only, and never for an earlier request time", () => {
    const c = new SessionCache();
    c.enable();
    c.set("s1", entry(1000));
    expect(c.get("s1", at(1000 + SESSION_CACHE_TTL_MS - 1))?.user).toBe(user);
    expect(c.get("s1", at(999))).toBeUndefined();
    c.set("s1", entry(1000));
    expect(c.get("s1", at(1000 + SESSION_CACHE_TTL_MS))).toBeUndefined();
  });

  it("forgets a session that ended, and everything when it loses the announcements", () => {
    const c = new SessionCache();
    c.enable();
    c.set("s1", entry(0));
    c.set("s2", entry(0));
    c.forget("s1");
    expect(c.get("s1", at(1))).toBeUndefined();
    expect(c.get("s2", at(1))).toBeDefined();
    c.disable();
    expect(c.get("s2", at(1))).toBeUndefined();
    c.enable();
    expect(c.get("s2", at(1))).toBeUndefined();
  });
});
