const integer = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** 1234 → "1.234" (vi-VN groups with dots). */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return "";
  return Number.isInteger(n) ? integer.format(n) : decimal.format(n);
}

/** 0.405 → "40,5 %" */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return "";
  return `${decimal.format(ratio * 100)} %`;
}
