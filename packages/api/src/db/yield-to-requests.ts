/**
 * Lets the requests queued behind a background job's batch run before its next one: PGlite serves one
 * connection to everyone, and on PostgreSQL the pool's connections are shared with the requests too.
 */
export const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));
