import { type APIRequestContext, expect, request } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

/** A signed-in HTTP client for the tRPC API (superjson envelope), used to look up ids for the browser tests. */
export async function apiAs(baseURL: string, username: string): Promise<Api> {
  const ctx = await request.newContext({ baseURL });
  const api = new Api(ctx);
  await api.mutate("auth.login", { username, password: DEMO_PASSWORD });
  return api;
}

export class Api {
  constructor(readonly ctx: APIRequestContext) {}

  async query<T>(path: string, input?: unknown): Promise<T> {
    const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const res = await this.ctx.get(`/trpc/${path}${q}`);
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
    return (await res.json()).result.data.json as T;
  }

  /** Every item of a keyset-paginated list, following its cursors. */
  async all<T>(path: string, input: Record<string, unknown> = {}): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: T[]; nextCursor: string | null } = await this.query(path, {
        ...input,
        limit: 200,
        cursor,
      });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  }

  async mutate<T>(path: string, input: unknown): Promise<T> {
    const res = await this.ctx.post(`/trpc/${path}`, { data: { json: input } });
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
    return (await res.json()).result.data.json as T;
  }

  async dispose(): Promise<void> {
    await this.ctx.dispose();
  }
}
