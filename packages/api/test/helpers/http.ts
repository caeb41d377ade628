import { crc32, deflateSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../src/db/database";
import { loadEnv } from "../../src/env";
import { buildServer } from "../../src/server";
import { DEMO_PASSWORD } from "./callers";

/**
 * The HTTP server on a test's own transaction (rolled back after it): what a route writes is seen by
 * the test and undone with everything else.
 */
export async function serverOn(
  db: Db,
  envSource: Record<string, string> = {},
  onRoute?: (route: { method: string | string[]; url: string }) => void,
): Promise<FastifyInstance> {
  const handle = { db: db as never, kind: "pglite" as const, close: async () => {} };
  return buildServer({ handle, env: loadEnv(envSource), ...(onRoute ? { onRoute } : {}) });
}

/** Signs in over HTTP (the real clock, as the routes use it) and returns the Cookie header's value. */
export async function cookieFor(app: FastifyInstance, username: string): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/trpc/auth.login",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ json: { username, password: DEMO_PASSWORD } }),
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  return String(res.headers["set-cookie"]).split(";")[0]!;
}

/** A multipart/form-data body with one file part named "file" (or `field`). */
export function multipart(fileName: string, contentType: string, bytes: Buffer, field = "file") {
  const boundary = `----par${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real 2×2 RGB PNG (signature, IHDR, IDAT, IEND), made here rather than read from a fixture. */
export function pngBytes(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A one-page PDF with a correct cross-reference table. */
export function pdfBytes(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
