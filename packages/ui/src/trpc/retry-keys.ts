import { canonicalJson } from "@par/domain";

/**
 * The client's half of idempotency keys: every create or upload carries an Idempotency-Key, and a
 * retry of the same call — by the retry link after a network failure, by a "Thử lại" click, or by
 * a double click while the first is still in flight — carries the SAME key, so the server answers
 * it as already done instead of doing it twice.
 *
 * A key stays "open" for one scope (procedure or route) and one content while no answer from the
 * server has come back; the first answer (success or refusal) closes it, and the next call with
 * that content is a new action with a new key.
 */
export class RetryKeys {
  private readonly open = new Map<string, { key: string; at: number }>();
  private readonly contentOfKey = new Map<string, string>();

  constructor(
    private readonly newKey: () => string = newUuid,
    /** Far below the server's 24 h; after this a retry counts as a new action. */
    private readonly ttlMs = 10 * 60_000,
  ) {}

  /** The key to send for this call: the open one for the same scope and content, or a new one. */
  keyFor(scope: string, content: unknown, now: number = Date.now()): string {
    const id = `${scope}\n${canonicalJson(content)}`;
    const found = this.open.get(id);
    if (found && now - found.at < this.ttlMs) return found.key;
    if (found) this.contentOfKey.delete(found.key);
    const key = this.newKey();
    this.open.set(id, { key, at: now });
    this.contentOfKey.set(key, id);
    return key;
  }

  /** The server answered the request sent with `key`: the next identical call is a new action. */
  settle(key: string): void {
    const id = this.contentOfKey.get(key);
    if (id === undefined) return;
    this.contentOfKey.delete(key);
    if (this.open.get(id)?.key === key) this.open.delete(id);
  }
}

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost);
 * a province's server is often reached over plain HTTP on its LAN, where getRandomValues still works.
 */
export function newUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Gateways answer these when they could not reach the server: the request may or may not have run. */
const NOT_THE_SERVER = new Set([502, 503, 504]);

export const IDEMPOTENCY_HEADER = "Idempotency-Key";

/** The keys of this page (all three apps use the one client in this package). */
export const retryKeys = new RetryKeys();

/**
 * fetch with the key header; closes the key once the server itself has answered. A network failure
 * (fetch throws) or a gateway's 502/503/504 leaves it open for the retry.
 */
export async function fetchWithKey(
  key: string,
  input: RequestInfo | URL,
  init: RequestInit = {},
  keys: RetryKeys = retryKeys,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set(IDEMPOTENCY_HEADER, key);
  const res = await fetchImpl(input, { ...init, headers });
  if (!NOT_THE_SERVER.has(res.status)) keys.settle(key);
  return res;
}
