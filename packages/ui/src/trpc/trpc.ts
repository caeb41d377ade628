import type { AppRouter } from "@par/api/types";
import { createTRPCClient, httpBatchLink, httpLink, retryLink, splitLink, type TRPCLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import { fetchWithKey, IDEMPOTENCY_HEADER, type RetryKeys, retryKeys } from "./retry-keys";

/** One tRPC context for every app: `useTRPC()` gives typed `queryOptions()` / `mutationOptions()`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Names each mutation call with its idempotency key; the retry link below re-sends the same op, so the same key. */
export function idempotencyKeyLink(keys: RetryKeys = retryKeys): TRPCLink<AppRouter> {
  return () =>
    ({ op, next }) =>
      next({
        ...op,
        context: {
          ...op.context,
          idempotencyKey: op.context.idempotencyKey ?? keys.keyFor(op.path, op.input),
        },
      });
}

/** No answer from the server at all (network down, a gateway's HTML page): try again with the same key. */
export function isUnanswered(error: { data?: unknown; shape?: unknown }): boolean {
  return error.data === undefined && error.shape === undefined;
}

const sameOrigin = (input: RequestInfo | URL, init?: RequestInit) =>
  fetch(input, { ...init, credentials: "same-origin" });

/**
 * The apps are served by the API's own origin (and proxied in dev), so the session cookie goes along.
 * Queries are batched; mutations go one per request, each with its own Idempotency-Key (a batch would
 * share one header), retried twice on a network failure.
 */
export function createParTrpcClient(url = "/trpc") {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "mutation",
        true: [
          idempotencyKeyLink(),
          retryLink({
            retry: ({ error, attempts }) => isUnanswered(error) && attempts < 3,
            retryDelayMs: (attempt) => attempt * 500,
          }),
          httpLink({
            url,
            transformer: superjson,
            headers: ({ op }) => {
              const key = op.context.idempotencyKey;
              return typeof key === "string" ? { [IDEMPOTENCY_HEADER]: key } : {};
            },
            fetch: (input, init) => {
              const key = new Headers(init?.headers as HeadersInit | undefined).get(IDEMPOTENCY_HEADER);
              const withCookie = { ...init, credentials: "same-origin" } as RequestInit;
              return key
                ? fetchWithKey(key, input as RequestInfo, withCookie)
                : sameOrigin(input as RequestInfo, withCookie);
            },
          }),
        ],
        false: httpBatchLink({ url, transformer: superjson, fetch: sameOrigin }),
      }),
    ],
  });
}
