/** A feed is online while its last frame is at most this old (a live HLS window is 6 × 1 s). */
export const FEED_ONLINE_SECONDS = 30;

export function feedHealth(lastFrameAt: Date | null, now: Date): "online" | "offline" {
  if (lastFrameAt === null) return "offline";
  const age = now.getTime() - lastFrameAt.getTime();
  return Math.abs(age) <= FEED_ONLINE_SECONDS * 1000 ? "online" : "offline";
}
