import { EMAIL_MAX_ATTEMPTS, emailRetryDelayMs, notificationEmail } from "@par/domain";
import type { Db } from "../db/database";
import {
  claimDueEmails,
  fanOutNotifications,
  markEmailFailed,
  markEmailSent,
  skipOlderThan,
} from "../db/email-outbox.repository";

/** What sends one message: nodemailer's transport in production, anything with `sendMail` in a test. */
export interface MailSender {
  sendMail(m: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export interface OutboxConfig {
  from: string;
  /** The server's public address: links in the e-mails point there. */
  baseUrl: string;
  batch?: number;
}

/** A claimed row is not retried by another process while its send may still be in flight. */
const LEASE_MS = 5 * 60_000;

/**
 * One pass of the sender: new notifications into the outbox, then the due e-mails sent one by one
 * outside any transaction (SMTP may be slow; PGlite has one connection). A failure is recorded with
 * its back-off (the domain's emailRetryDelayMs) and never reaches a user's request.
 */
export async function runEmailOutbox(db: Db, sender: MailSender, cfg: OutboxConfig, now: Date, since: Date) {
  await fanOutNotifications(db, since);
  const due = await claimDueEmails(db, now, cfg.batch ?? 20, LEASE_MS);
  let sent = 0;
  for (const e of due) {
    const mail = notificationEmail({
      kind: e.kind,
      subject: e.subject,
      unitName: e.unit_name,
      dueDate: e.due_date,
      link: e.link,
      baseUrl: cfg.baseUrl,
    });
    try {
      await sender.sendMail({ from: cfg.from, to: e.to_address, subject: mail.subject, text: mail.text });
      await markEmailSent(db, e.id, new Date());
      sent++;
    } catch (error) {
      const retryAt = new Date(Date.now() + emailRetryDelayMs(e.attempts));
      await markEmailFailed(db, e.id, String((error as Error)?.message ?? error), retryAt);
    }
  }
  return { claimed: due.length, sent, gaveUpAfter: EMAIL_MAX_ATTEMPTS };
}

/**
 * Starts the background sender (only when SMTP is configured): notifications older than the start are
 * left to the inbox, later ones are mailed within `everyMs`. The timer never keeps the process alive.
 */
export async function startEmailOutbox(
  db: Db,
  sender: MailSender,
  cfg: OutboxConfig,
  everyMs: number,
  log: (e: unknown) => void,
): Promise<() => void> {
  const since = new Date();
  await skipOlderThan(db, since);
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void runEmailOutbox(db, sender, cfg, new Date(), since)
      .catch(log)
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
