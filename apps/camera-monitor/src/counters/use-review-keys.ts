import { itemOfKey } from "@par/domain";
import { useEffect, useRef } from "react";

export interface ReviewKeys {
  next: () => void;
  previous: () => void;
  save: () => void;
  snapshot: () => void;
  clear: () => void;
  toggle: (code: NonNullable<ReturnType<typeof itemOfKey>>) => void;
}

/** J/K next and previous, R reviewed (save), S snapshot, 1–9 checklist items, Esc clear — not while typing. */
export function useReviewKeys(keys: ReviewKeys) {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === "TEXTAREA" ||
          (target.tagName === "INPUT" && (target as HTMLInputElement).type === "text"));
      if (e.key === "Escape") {
        if (typing) target.blur();
        latest.current.clear();
        return;
      }
      if (typing) return;
      const k = latest.current;
      const key = e.key.toLowerCase();
      const item = itemOfKey(e.key);
      if (item) k.toggle(item);
      else if (key === "j") k.next();
      else if (key === "k") k.previous();
      else if (key === "r") k.save();
      else if (key === "s") k.snapshot();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
