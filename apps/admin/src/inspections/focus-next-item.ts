/** The item after `current` in checklist order, or null after the last one (or for an unknown code). */
export function nextItemCode(codes: readonly string[], current: string): string | null {
  const at = codes.indexOf(current);
  return at < 0 ? null : (codes[at + 1] ?? null);
}

/**
 * After a finding is saved the officer goes on to the next item: keyboard focus moves to that item's
 * rating control (its chosen rating, else the first), so the next rating is one arrow key or one
 * keystroke away and the page scrolls to it.
 */
export function focusItemRating(code: string): boolean {
  const card = document.querySelector(`[data-testid="checklist-item-${CSS.escape(code)}"]`);
  const radios = card?.querySelectorAll<HTMLInputElement>(
    '[data-testid="finding-rating"] input[type="radio"]',
  );
  const target = [...(radios ?? [])].find((r) => r.checked) ?? radios?.[0];
  if (!target) return false;
  target.focus();
  target.closest('[data-testid^="checklist-item-"]')?.scrollIntoView({ block: "center" });
  return true;
}
