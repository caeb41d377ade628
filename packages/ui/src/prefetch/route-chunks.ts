import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/**
 * The lazily loaded screens of an app, by the route paths that show them, so that a screen's code can
 * be fetched before it is opened (`RoutePrefetch`): when the browser is idle, for the links in the
 * navbar, and when a pointer or the keyboard reaches a link. Each app is its own bundle, so this
 * registry holds that app's screens only.
 */
interface RouteChunk {
  /** A wouter path pattern: "/dossiers", "/inspections/:id", "/internal/*". */
  pattern: string;
  load: () => Promise<unknown>;
}

const registry: RouteChunk[] = [];

/** Whether a wouter pattern (":name" one segment, a trailing "*" or "*?" the rest) matches a path. */
export function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split("/").filter(Boolean);
  const have = path.split(/[?#]/)[0]!.split("/").filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w === "*" || w === "*?") return w === "*?" || have.length > i;
    if (i >= have.length) return false;
    if (!w.startsWith(":") && w !== decodeURIComponent(have[i]!)) return false;
  }
  return want.length === have.length;
}

/** The loaders of the screens a path opens (none when its screen is in the first bundle). */
export function chunksFor(path: string, chunks: readonly RouteChunk[] = registry): RouteChunk["load"][] {
  return [...new Set(chunks.filter((c) => pathMatches(c.pattern, path)).map((c) => c.load))];
}

/**
 * `React.lazy` for a route's screen, registered under its path patterns: the module is imported once,
 * whether by a prefetch or by the first visit (a failed import is retried on the next attempt).
 */
export function lazyRoute<P extends object>(
  patterns: string | readonly string[],
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  let loading: Promise<ComponentType<P>> | null = null;
  const once = () => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  };
  for (const pattern of typeof patterns === "string" ? [patterns] : patterns)
    registry.push({ pattern, load: once });
  return lazy(() => once().then((component) => ({ default: component })));
}
