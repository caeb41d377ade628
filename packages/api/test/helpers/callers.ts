import { createContextInner } from "../../src/context";
import type { Db } from "../../src/db/database";
import { loadEnv } from "../../src/env";
import { createCaller } from "../../src/root";

export const DEMO_PASSWORD = loadEnv().demoPassword;
/** A working day in 2023: "today" for the seeded 2023 register. */
export const NOW = new Date("2023-06-01T03:00:00Z");

export type Caller = ReturnType<typeof createCaller>;

/** A caller with no session, recording the cookie that login sets. */
export async function anonymous(db: Db, opts: { now?: Date; ip?: string } = {}) {
  const jar = { token: null as string | null, cleared: false };
  const ctx = await createContextInner({
    db,
    now: opts.now ?? NOW,
    ip: opts.ip ?? "10.0.0.1",
    cookies: {
      set: (token) => {
        jar.token = token;
      },
      clear: () => {
        jar.cleared = true;
      },
    },
  });
  return { caller: createCaller(ctx), jar };
}

/** A caller for a session token at an instant (move `now` to test expiry). */
export async function withSession(db: Db, token: string | null, now: Date = NOW, ip = "10.0.0.1") {
  return createCaller(await createContextInner({ db, sessionToken: token, now, ip }));
}

/** Signs a demo user in and returns their caller and cookie token. */
export async function signIn(db: Db, username: string, now: Date = NOW) {
  const { caller, jar } = await anonymous(db, { now });
  await caller.auth.login({ username, password: DEMO_PASSWORD });
  if (!jar.token) throw new Error("login set no cookie");
  return { caller: await withSession(db, jar.token, now), token: jar.token };
}
