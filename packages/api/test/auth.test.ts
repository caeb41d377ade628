import { describe, expect, it } from "vitest";
import { LOGIN_MAX_FAILURES_PER_IP, LOGIN_MAX_FAILURES_PER_USERNAME } from "../src/auth/session-policy";
import { sessionIdOf } from "../src/auth/session-token";
import { anonymous, DEMO_PASSWORD, NOW, signIn, withSession } from "./helpers/callers";
import { failureOf } from "./helpers/expect-error";
import { useTestDb } from "./helpers/test-db";
import { countRows, unitsSeen } from "./helpers/units";

const t = useTestDb();
const WRONG = "Tên đăng nhập hoặc mật khẩu không đúng / Wrong username or password";
const later = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 60 * 60 * 1000;

describe("auth.login", () => {
  it("the right password gives a session stored hashed, and auth.me reads it", async () => {
    const { caller, jar } = await anonymous(t.trx);
    const { user } = await caller.auth.login({ username: "ubnd.bienhoa", password: DEMO_PASSWORD });
    expect(user.username).toBe("ubnd.bienhoa");
    expect(user.roles).toEqual([
      expect.objectContaining({ role: "unit_officer", unitName: "Thành phố Biên Hòa" }),
    ]);
    expect(user.permissions).toContain("units.read");
    expect(user.permissions).not.toContain("units.write");
    expect(jar.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.trx.selectFrom("sessions").select("id").execute();
    expect(stored.map((s) => s.id)).toEqual([sessionIdOf(jar.token!)]);
    const me = await (await withSession(t.trx, jar.token)).auth.me();
    expect(me?.username).toBe("ubnd.bienhoa");
  });

  it("ignores the case of the username", async () => {
    const { caller } = await anonymous(t.trx);
    const { user } = await caller.auth.login({ username: "SNV.Admin", password: DEMO_PASSWORD });
    expect(user.username).toBe("snv.admin");
  });

  it("answers a wrong password and an unknown user with the same UNAUTHORIZED, never a 500", async () => {
    const { caller } = await anonymous(t.trx);
    const wrongPassword = await failureOf(
      caller.auth.login({ username: "snv.admin", password: "wrong-password" }),
    );
    const unknownUser = await failureOf(
      caller.auth.login({ username: "no.such.user", password: "wrong-password" }),
    );
    for (const f of [wrongPassword, unknownUser]) {
      expect(f).toMatchObject({
        code: "UNAUTHORIZED",
        domainCode: "AUTH.INVALID_CREDENTIALS",
        message: WRONG,
      });
    }
    expect(wrongPassword).toEqual(unknownUser);
    expect(await countRows(t.trx, "sessions")).toBe(0);
  });

  it("refuses a deactivated user with the same message", async () => {
    await t.trx.updateTable("users").set({ active: false }).where("username", "=", "lanhdao").execute();
    const { caller } = await anonymous(t.trx);
    const f = await failureOf(caller.auth.login({ username: "lanhdao", password: DEMO_PASSWORD }));
    expect(f).toMatchObject({ code: "UNAUTHORIZED", message: WRONG });
  });

  it("locks a username after too many failures, even with the right password, for 15 minutes", async () => {
    const { caller } = await anonymous(t.trx);
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++) {
      expect((await failureOf(caller.auth.login({ username: "so.gddt", password: `bad-${i}` }))).code).toBe(
        "UNAUTHORIZED",
      );
    }
    const locked = await failureOf(caller.auth.login({ username: "so.gddt", password: DEMO_PASSWORD }));
    expect(locked).toMatchObject({ code: "TOO_MANY_REQUESTS", domainCode: "AUTH.RATE_LIMITED" });
    // An unknown name is limited the same way (no hint whether it exists).
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_USERNAME; i++) {
      await failureOf(caller.auth.login({ username: "ghost", password: "x" }));
    }
    expect((await failureOf(caller.auth.login({ username: "ghost", password: "x" }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    // Other users are not affected, and the lock ends after the window.
    await caller.auth.login({ username: "so.tuphap", password: DEMO_PASSWORD });
    const { caller: afterWindow } = await anonymous(t.trx, { now: later(16 * 60 * 1000) });
    await afterWindow.auth.login({ username: "so.gddt", password: DEMO_PASSWORD });
  });

  it("limits one address trying many usernames", async () => {
    const { caller } = await anonymous(t.trx, { ip: "203.0.113.9" });
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_IP; i++) {
      await failureOf(caller.auth.login({ username: `guess${i}`, password: "x" }));
    }
    const f = await failureOf(caller.auth.login({ username: "snv.admin", password: DEMO_PASSWORD }));
    expect(f.code).toBe("TOO_MANY_REQUESTS");
    const { caller: elsewhere } = await anonymous(t.trx, { ip: "198.51.100.7" });
    await elsewhere.auth.login({ username: "snv.admin", password: DEMO_PASSWORD });
  });
});

describe("sessions end", () => {
  it("on logout: the cookie is cleared and the token no longer works", async () => {
    const { token } = await signIn(t.trx, "snv.admin");
    const { caller, jar } = await anonymous(t.trx);
    const withToken = await withSession(t.trx, token);
    expect(await withToken.auth.logout()).toEqual({ ok: true });
    expect(await countRows(t.trx, "sessions")).toBe(0);
    const after = await withSession(t.trx, token);
    expect(await after.auth.me()).toBeNull();
    expect((await failureOf(unitsSeen(after, {}))).code).toBe("UNAUTHORIZED");
    // Logging out without a session is harmless and still clears the cookie.
    expect(await caller.auth.logout()).toEqual({ ok: true });
    expect(jar.cleared).toBe(true);
  });

  it("after 8 hours idle", async () => {
    const { token } = await signIn(t.trx, "snv.admin");
    expect(await (await withSession(t.trx, token, later(7 * HOUR))).auth.me()).not.toBeNull();
    // Seen at +7 h, so +14 h is within 8 h of the last request; +23 h is not.
    expect(await (await withSession(t.trx, token, later(14 * HOUR))).auth.me()).not.toBeNull();
    const idle = await withSession(t.trx, token, later(23 * HOUR));
    expect(await idle.auth.me()).toBeNull();
    expect((await failureOf(idle.units.tierCounts({}))).code).toBe("UNAUTHORIZED");
  });

  it("after 7 days even when used all along", async () => {
    const { token } = await signIn(t.trx, "snv.admin");
    let at = 0;
    while (at < 7 * 24 * HOUR - 6 * HOUR) {
      at += 6 * HOUR;
      expect(await (await withSession(t.trx, token, later(at))).auth.me()).not.toBeNull();
    }
    expect(await (await withSession(t.trx, token, later(7 * 24 * HOUR + 60_000))).auth.me()).toBeNull();
  });

  it("login and logout are in the audit log", async () => {
    const { token } = await signIn(t.trx, "camera.1");
    await (await withSession(t.trx, token)).auth.logout();
    const rows = await t.trx
      .selectFrom("audit_log")
      .select(["action", "entity", "user_id", "ip"])
      .where("entity", "=", "session")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.action)).toEqual(["login", "logout"]);
    expect(rows.every((r) => r.user_id !== null && r.ip === "10.0.0.1")).toBe(true);
  });
});
