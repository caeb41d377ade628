import type { AddressInfo } from "node:net";
import { createTransport } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { runEmailOutbox } from "../src/notifications/email-outbox";
import { signIn } from "./helpers/callers";
import { buildScopeFixtures } from "./helpers/inspections";
import { useTestDb } from "./helpers/test-db";

const t = useTestDb();

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP listener in this process: what the sender delivers lands in `inbox`. */
async function smtpListener() {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString(),
        });
        done();
      });
    },
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.server.address() as AddressInfo).port;
  return { inbox, port, close: () => new Promise<void>((ok) => server.close(ok)) };
}

/** RFC 2047 words (the Vietnamese subject) and a quoted-printable or base64 body, decoded. */
function decodeWords(s: string): string {
  return s.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(data, "base64").toString("utf8")
      : Buffer.from(
          data
            .replace(/_/g, " ")
            .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
}
function parse(raw: string) {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const subject = decodeWords(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? "");
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(unfolded)?.[1]?.toLowerCase();
  const body = rest.join("\n\n");
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(
            body
              .replace(/=\r?\n/g, "")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8")
        : body;
  return { subject, text };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("optional e-mail of notifications through SMTP (issue 9 §8)", () => {
  it("a notification reaches its recipients with an address, once, through a real SMTP listener; a failure retries later", async () => {
    const smtp = await smtpListener();
    close = smtp.close;
    const fx = await buildScopeFixtures(t.trx);
    const id = fx.recommendation;
    // The fixtures' own notices were written before e-mail was on: only what follows is mailed.
    await t.trx.updateTable("notifications").set({ mailed_at: new Date() }).execute();
    await t.trx
      .updateTable("users")
      .set({ email: "cchc@sonoivu.dongnai.gov.vn" })
      .where("username", "=", "snv.admin")
      .execute();
    await t.trx
      .updateTable("users")
      .set({ email: "vanthu@bienhoa.dongnai.gov.vn" })
      .where("username", "=", "ubnd.bienhoa")
      .execute();
    const clerk = (await signIn(t.trx, "ubnd.bienhoa")).caller;
    const head = (await signIn(t.trx, "ld.bienhoa")).caller;
    await clerk.responses.save({ recommendationId: id, response: "Đã cập nhật sổ hộ tịch" });
    await clerk.responses.submit({ recommendationId: id });

    const cfg = { from: "PAR Inspect <no-reply@par.test>", baseUrl: "http://par.test" };
    const since = new Date(Date.now() - 86_400_000);
    // The SMTP server is down for the first pass: the request above was never affected, the e-mail waits.
    const down = { sendMail: async () => Promise.reject(new Error("connect ECONNREFUSED")) };
    await head.responses.approve({ recommendationId: id });
    const failed = await runEmailOutbox(t.trx, down, cfg, new Date(), since);
    expect(failed).toMatchObject({ claimed: 1, sent: 0 });
    const row = await t.trx.selectFrom("email_outbox").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ to_address: "cchc@sonoivu.dongnai.gov.vn", attempts: 1, sent_at: null });
    expect(row.last_error).toContain("ECONNREFUSED");
    // Not due again at once: the back-off holds it.
    const sender = createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true });
    expect((await runEmailOutbox(t.trx, sender, cfg, new Date(), since)).claimed).toBe(0);

    // Later, the server is up: delivered once, to Sở Nội vụ only (vp.ubnd has no address).
    const later = new Date(Date.now() + 10 * 60_000);
    expect(await runEmailOutbox(t.trx, sender, cfg, later, since)).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.inbox).toHaveLength(1);
    const mail = smtp.inbox[0]!;
    expect(mail.to).toEqual(["cchc@sonoivu.dongnai.gov.vn"]);
    const { subject, text } = parse(mail.raw);
    expect(subject).toBe(
      "[PAR Inspect] Đơn vị gửi kết quả khắc phục cần xác minh: Cập nhật sổ hộ tịch điện tử",
    );
    expect(text).toContain(`http://par.test/admin/responses?open=${id}`);
    expect(text).toContain("Ngày: 30/09/2023");

    // A rerun sends nothing again; the province's return reaches the clerk's address.
    expect((await runEmailOutbox(t.trx, sender, cfg, later, since)).sent).toBe(0);
    await (await signIn(t.trx, "snv.admin")).caller.responses.return({
      recommendationId: id,
      comment: "Bổ sung ảnh",
    });
    expect((await runEmailOutbox(t.trx, sender, cfg, later, since)).sent).toBe(1);
    expect(smtp.inbox[1]!.to).toEqual(["vanthu@bienhoa.dongnai.gov.vn"]);
    expect(parse(smtp.inbox[1]!.raw).subject).toMatch(/^\[PAR Inspect\] Hồ sơ bị trả lại: /);
  });
});
