/** The real server (the production bundle) as a child process, its sign-ins and its resident memory. */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const API_DIR = fileURLToPath(new URL("../..", import.meta.url));
export const BUNDLE = "dist/server/main.js";

export interface RunningServer {
  child: ChildProcess;
  base: string;
  output: () => string;
  alive: () => boolean;
  /** SIGTERM (SIGKILL after 10 s); `force`: SIGKILL at once, for a process still busy with abandoned requests. */
  stop: (force?: boolean) => Promise<void>;
}

export function memoryMiB(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
}

export async function startServer(databaseUrl: string, port: number): Promise<RunningServer> {
  if (!existsSync(`${API_DIR}${BUNDLE}`))
    throw new Error(
      `${BUNDLE} is missing: run \`pnpm run build\` first (the bench measures the production bundle)`,
    );
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      PAR_DEMO: "0",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const alive = () => child.exitCode === null && child.signalCode === null;
  const started = performance.now();
  for (;;) {
    if (!alive()) throw new Error(`server exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    if (performance.now() - started > 120_000) {
      child.kill("SIGKILL");
      throw new Error(`no 200 from /healthz within 120 s:\n${output}`);
    }
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    base,
    output: () => output,
    alive,
    stop: async (force = false) => {
      if (!alive()) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(force ? "SIGKILL" : "SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Signs in through tRPC (superjson envelope) and returns the session cookie. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username, password } }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("par_session="));
  if (res.status !== 200 || !cookie)
    throw new Error(`sign-in of ${username}: HTTP ${res.status} ${await res.text()}`);
  return cookie.split(";")[0]!;
}
