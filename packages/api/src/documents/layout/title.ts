import { upper } from "../vi-format";
import { type Orientation, SIZE, textWidth } from "./page";
import { centered, rule, textLength } from "./text";

/**
 * The name of the kind of document (ô 5a: bold capitals, centred) and its summary line (trích yếu: bold,
 * centred) with a short rule under it. A long summary wraps, so the rule is sized on one full line at most.
 */
export function documentTitle(kind: string, summary: string, orientation: Orientation = "portrait") {
  const width = textWidth(orientation);
  const summaryLength = Math.min(textLength(summary, SIZE.body, true), width);
  return [
    centered(upper(kind), { bold: true, before: 360 }),
    centered(summary, { bold: true }),
    rule(Math.round(summaryLength * 0.4), width),
  ];
}
