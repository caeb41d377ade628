import { QueryCache, QueryClient } from "@tanstack/react-query";

function codeOf(error: unknown): string | undefined {
  const data = (error as { data?: { code?: string } | null } | null)?.data;
  return data?.code;
}

/** Errors the user or the server has decided: asking again gives the same answer. */
const FINAL = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
]);

/**
 * A query answered UNAUTHORIZED means the session ended (expired, or logged out in another tab):
 * `onUnauthorized` re-asks `auth.me`, which then shows the login screen.
 */
export function createParQueryClient(onUnauthorized: (client: QueryClient) => void): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (codeOf(error) === "UNAUTHORIZED") onUnauthorized(client);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !FINAL.has(codeOf(error) ?? "") && count < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
