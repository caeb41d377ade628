/**
 * The conduct checklist a camera reviewer ticks while watching a counter (quầy) of a one-stop shop
 * (Bộ phận Một cửa): area 4 of the plan, "civil servants' conduct at counters" (R1), seen remotely
 * (R4: remote checks through one-stop-shop cameras). Order matters: keys 1–7 toggle items in this order.
 */
export const CONDUCT_ITEMS = [
  { code: "staff_absent", vi: "Không có công chức tại quầy", en: "No staff at the counter" },
  { code: "no_card_uniform", vi: "Không đeo thẻ / trang phục", en: "No name card / uniform" },
  { code: "personal_phone", vi: "Dùng điện thoại việc riêng", en: "Personal phone use" },
  { code: "attitude", vi: "Thái độ với người dân chưa đúng mực", en: "Improper attitude toward citizens" },
  { code: "queue_waiting", vi: "Hàng chờ đông, chờ lâu", en: "Long queue and waiting" },
  { code: "late_opening", vi: "Quầy không mở đúng giờ", en: "Counter not open on time" },
  { code: "camera_obstructed", vi: "Camera mất tín hiệu hoặc bị che", en: "Camera offline or obstructed" },
] as const satisfies readonly { code: string; vi: string; en: string }[];

export type ConductItemCode = (typeof CONDUCT_ITEMS)[number]["code"];
export const CONDUCT_ITEM_CODES = CONDUCT_ITEMS.map((i) => i.code) as [ConductItemCode, ...ConductItemCode[]];

/** Items that say something about the camera, not about the staff: never a violation of conduct. */
export const TECHNICAL_ITEMS: readonly ConductItemCode[] = ["camera_obstructed"];

export const SEVERITIES = ["none", "minor", "serious"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, { vi: string; en: string }> = {
  none: { vi: "Không", en: "None" },
  minor: { vi: "Nhẹ", en: "Minor" },
  serious: { vi: "Nghiêm trọng", en: "Serious" },
};

/** Kết luận của lượt xem: đạt, vi phạm (gửi nhắc nhở), không xem được. */
export const REVIEW_VERDICTS = ["ok", "violation", "unwatchable"] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];
export const REVIEW_VERDICT_LABELS: Record<ReviewVerdict, { vi: string; en: string }> = {
  ok: { vi: "Đạt", en: "Compliant" },
  violation: { vi: "Vi phạm", en: "Violation" },
  unwatchable: { vi: "Không xem được", en: "Could not watch" },
};

/** The item a digit key toggles (1-based), or null when the key names no item. */
export function itemOfKey(key: string): ConductItemCode | null {
  const n = Number(key);
  if (!Number.isInteger(n) || n < 1) return null;
  return CONDUCT_ITEMS[n - 1]?.code ?? null;
}

/** Adds the item if absent, removes it if present; the result keeps the checklist's order. */
export function toggleItem(items: readonly ConductItemCode[], code: ConductItemCode): ConductItemCode[] {
  const next = new Set(items);
  if (next.has(code)) next.delete(code);
  else next.add(code);
  return CONDUCT_ITEM_CODES.filter((c) => next.has(c));
}

/**
 * The verdict the ticked items suggest: any conduct item → violation; only the camera item →
 * unwatchable; nothing → ok. The reviewer may still choose otherwise.
 */
export function suggestedVerdict(items: readonly ConductItemCode[]): ReviewVerdict {
  if (items.some((i) => !TECHNICAL_ITEMS.includes(i))) return "violation";
  if (items.length > 0) return "unwatchable";
  return "ok";
}
