const points = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** 1.125 → "1,13": points are kept to the hundredth. */
export function formatPoints(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? "–" : points.format(n);
}

/** What a clerk types ("1,5" or "1.5") as a number; "" is no points; anything else NaN. */
export function parsePoints(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (t === "") return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}
