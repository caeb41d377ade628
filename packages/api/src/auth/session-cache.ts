import type { SessionUser } from "./sessions";

/**
 * How long one process may answer a session from memory. Every signed-in call used to cost the
 * session's statements through the pool before its own; a few seconds of cache removes that for the
 * bursts a screen sends. Sign-out is immediate on every process (sessions ended are announced through
 * PostgreSQL's NOTIFY and dropped here); what is not announced — a user deactivated or given other
 * roles by hand in the database — applies within this time.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  user: SessionUser;
  lastSeen: Date;
  expiresAt: Date;
  /** The request time it was read at: a request of another time (tests move time) reads again. */
  loadedAt: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Off until the process hears sign-outs of the others (or is the only one, PGlite). */
  private on = false;

  enable(): void {
    this.on = true;
  }

  /** Lost the announcements (the listening connection broke): nothing may be trusted from memory. */
  disable(): void {
    this.on = false;
    this.entries.clear();
  }

  get(id: string, now: Date): Entry | undefined {
    if (!this.on) return undefined;
    const e = this.entries.get(id);
    if (!e) return undefined;
    const age = now.getTime() - e.loadedAt;
    if (age < 0 || age >= SESSION_CACHE_TTL_MS) {
      this.entries.delete(id);
      return undefined;
    }
    return e;
  }

  set(id: string, entry: Entry): void {
    if (!this.on) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(id, entry);
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}

/** The process's one cache, used by HTTP requests (tests through createCaller read the database). */
export const sessionCache = new SessionCache();
