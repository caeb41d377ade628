/**
 * A bounded closed-loop load: `connections` workers each send one request, wait for the answer and
 * send the next, until the duration ends; a request that takes longer than the timeout counts as a
 * timeout and its worker goes on. Nothing outlives duration + timeout.
 */
import http from "node:http";

export interface LoadResult {
  connections: number;
  requests: number;
  errors: number;
  timeouts: number;
  /** First error's text, to explain a failing row. */
  firstError: string | null;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Sends one request; resolves when the whole answer is in, rejects on an error answer. */
export type Shot = (signal: AbortSignal) => Promise<void>;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export async function runLoad(
  shot: Shot,
  o: { connections: number; durationMs: number; timeoutMs: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const end = started + o.durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), o.timeoutMs);
      try {
        await shot(abort.signal);
        latencies.push(performance.now() - t0);
      } catch (error) {
        if (abort.signal.aborted) timeouts++;
        else {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      } finally {
        clearTimeout(timer);
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    connections: o.connections,
    requests: latencies.length,
    errors,
    timeouts,
    firstError,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}

/** One keep-alive agent per load level, as many sockets as connections. */
export function httpGetter(base: string, agent: http.Agent) {
  return (path: string, headers: Record<string, string>, signal: AbortSignal): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const req = http.get(`${base}${path}`, { agent, headers, signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          if (res.statusCode === 200) resolve(body);
          else reject(new Error(`HTTP ${res.statusCode}: ${body.toString("utf8").slice(0, 200)}`));
        });
        res.on("error", reject);
      });
      req.on("error", reject);
    });
}
