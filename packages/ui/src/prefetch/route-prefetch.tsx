import { useEffect } from "react";
import { chunksFor } from "./route-chunks";

/** How long after the first screen the idle prefetch waits, so its own code and data go first. */
const SETTLE_MS = 1500;

type Idle = (run: () => void) => void;
const whenIdle: Idle = (run) => {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(run, { timeout: 10_000 });
  else window.setTimeout(run, 200);
};

/** The app's path of a link, or null for a link elsewhere (another app, a file, another site). */
function appPathOf(href: string, base: string): string | null {
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return null;
  return url.pathname.slice(base.length) || "/";
}

function prefetch(path: string | null) {
  // A failed prefetch is no error: the visit imports the screen again and reports a failure then.
  if (path !== null) for (const load of chunksFor(path)) load().catch(() => undefined);
}

/**
 * Fetches the code of the screens a user is likely to open next, without growing the first load:
 * the navbar's links one by one while the browser is idle after the first screen, and any link of
 * the app as soon as a pointer rests on it or the keyboard focuses it (a few hundred ms before the
 * click). Mounted once by `ParApp` for a signed-in user.
 */
export function RoutePrefetch({ base }: { base: string }) {
  useEffect(() => {
    let stopped = false;
    const queue = () =>
      [...document.querySelectorAll<HTMLAnchorElement>("nav a[href], header a[href]")].map((a) =>
        appPathOf(a.href, base),
      );
    const next = (paths: (string | null)[]) => {
      if (stopped || paths.length === 0) return;
      prefetch(paths[0]!);
      whenIdle(() => next(paths.slice(1)));
    };
    const timer = window.setTimeout(() => whenIdle(() => next(queue())), SETTLE_MS);
    const onIntent = (e: Event) => {
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (link instanceof HTMLAnchorElement) prefetch(appPathOf(link.href, base));
    };
    document.addEventListener("pointerover", onIntent, { passive: true });
    document.addEventListener("focusin", onIntent);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener("pointerover", onIntent);
      document.removeEventListener("focusin", onIntent);
    };
  }, [base]);
  return null;
}
