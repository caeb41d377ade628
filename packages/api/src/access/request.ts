import type { SessionUser } from "../auth/sessions";
import type { AuditActor } from "../db/audit.repository";
import type { Db } from "../db/database";

/** What a signed-in procedure hands to commands and reads: the database, the user and the instant. */
export interface Request {
  db: Db;
  user: SessionUser;
  now: Date;
  actor: AuditActor;
}

export function requestOf(ctx: { db: Db; session: SessionUser; ip: string | null; now: Date }): Request {
  return {
    db: ctx.db,
    user: ctx.session,
    now: ctx.now,
    actor: { userId: ctx.session.userId, ip: ctx.ip, now: ctx.now },
  };
}
