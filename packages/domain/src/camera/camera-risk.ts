/**
 * Repeated violations seen on camera raise a unit's risk signal in the province's proposal (R11: results
 * feed the unit's assessment). One violation may be chance; from the threshold on, each counts.
 */
export const CAMERA_RISK_THRESHOLD = 2;
export const CAMERA_RISK_POINTS_PER_VIOLATION = 5;
export const CAMERA_RISK_MAX_POINTS = 25;

export function cameraRiskPoints(violationsInYear: number): number {
  if (violationsInYear < CAMERA_RISK_THRESHOLD) return 0;
  return Math.min(CAMERA_RISK_MAX_POINTS, violationsInYear * CAMERA_RISK_POINTS_PER_VIOLATION);
}

export function cameraRiskReason(violationsInYear: number): { vi: string; en: string } | null {
  if (cameraRiskPoints(violationsInYear) === 0) return null;
  return {
    vi: `${violationsInYear} vi phạm qua camera Một cửa trong năm`,
    en: `${violationsInYear} violations seen on one-stop-shop cameras this year`,
  };
}

/** A feed is online while its last frame is at most this old (a live HLS window is 6 × 1 s). */
export const FEED_ONLINE_SECONDS = 30;

export function feedHealth(lastFrameAt: Date | null, now: Date): "online" | "offline" {
  if (lastFrameAt === null) return "offline";
  const age = now.getTime() - lastFrameAt.getTime();
  return age <= FEED_ONLINE_SECONDS * 1000 && age >= -FEED_ONLINE_SECONDS * 1000 ? "online" : "offline";
}
