import { z } from "zod";
import { REPO_ROOT } from "./paths";

export { REPO_ROOT };

const flag = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no", ""])
  .transform((v) => (v === "" ? undefined : ["1", "true", "on", "yes"].includes(v)));

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PAR_DATA_DIR: z.string().min(1).default(`${REPO_ROOT}.data`),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  PAR_DEMO: flag.optional(),
  PAR_DEMO_PASSWORD: z.string().min(8).default("DongNai@2023"),
  /** Trust X-Forwarded-Proto / -For only behind a proxy that sets them (else a client could fake HTTPS). */
  PAR_TRUST_PROXY: flag.optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Largest evidence file (ảnh, PDF) accepted, in MiB. */
  PAR_EVIDENCE_MAX_MB: z.coerce.number().positive().max(100).default(10),
  /** PostgreSQL connections per API process (docs/benchmarks.md: 10 queued requests at 50 connections). */
  PAR_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  /** Optional e-mail of notifications: smtp://user:pass@host:587 or smtps://…:465. Unset: no e-mail. */
  PAR_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "PAR_SMTP_URL must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PAR_SMTP_FROM: z.string().min(3).max(254).default("PAR Inspect <no-reply@localhost>"),
  /** The address users open the apps at (links in e-mails). Default: http://localhost:PORT. */
  PAR_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\//, "PAR_PUBLIC_URL must start with http:// or https://")
    .optional(),
});

export interface Env {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Demo mode: seed the Đồng Nai demo province and demo users. Default on with PGlite, off with DATABASE_URL. */
  demo: boolean;
  demoPassword: string;
  trustProxy: boolean;
  production: boolean;
  nodeEnv: "development" | "production" | "test";
  /** PAR_EVIDENCE_MAX_MB in bytes. */
  evidenceMaxBytes: number;
  dbPoolSize: number;
  /** Optional SMTP: when set, each new notification is also e-mailed (background outbox). */
  smtp: { url: string; from: string } | null;
  publicUrl: string;
}

/** The only reader of process.env (STYLE.md); fails fast with the variable named. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.PAR_DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    demo: e.PAR_DEMO ?? e.DATABASE_URL === undefined,
    demoPassword: e.PAR_DEMO_PASSWORD,
    trustProxy: e.PAR_TRUST_PROXY ?? false,
    production: e.NODE_ENV === "production",
    nodeEnv: e.NODE_ENV,
    evidenceMaxBytes: Math.round(e.PAR_EVIDENCE_MAX_MB * 1024 * 1024),
    dbPoolSize: e.PAR_DB_POOL_SIZE,
    smtp: e.PAR_SMTP_URL ? { url: e.PAR_SMTP_URL, from: e.PAR_SMTP_FROM } : null,
    publicUrl: e.PAR_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= loadEnv();
  return cached;
}
