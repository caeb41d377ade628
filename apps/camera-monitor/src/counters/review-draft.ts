import {
  type ConductItemCode,
  type ReviewVerdict,
  type Severity,
  suggestedVerdict,
  toggleItem,
} from "@par/domain";
import { useCallback, useState } from "react";

export interface Snapshot {
  id: string;
  blob: Blob;
  url: string;
}

export interface ReviewDraft {
  items: ConductItemCode[];
  severity: Severity;
  verdict: ReviewVerdict;
  /** True once the reviewer picked a verdict; until then it follows the ticked items. */
  verdictChosen: boolean;
  note: string;
  snapshots: Snapshot[];
}

const EMPTY: ReviewDraft = {
  items: [],
  severity: "none",
  verdict: "ok",
  verdictChosen: false,
  note: "",
  snapshots: [],
};

/** The review being written: ticking items suggests the verdict (domain rule) until one is chosen. */
export function useReviewDraft() {
  const [draft, setDraft] = useState<ReviewDraft>(EMPTY);
  const toggle = useCallback(
    (code: ConductItemCode) =>
      setDraft((d) => {
        const items = toggleItem(d.items, code);
        const verdict = d.verdictChosen ? d.verdict : suggestedVerdict(items);
        const severity = d.severity === "none" && verdict === "violation" ? "minor" : d.severity;
        return { ...d, items, verdict, severity: verdict === "ok" && !d.verdictChosen ? "none" : severity };
      }),
    [],
  );
  const clear = useCallback(
    () =>
      setDraft((d) => {
        for (const s of d.snapshots) URL.revokeObjectURL(s.url);
        return EMPTY;
      }),
    [],
  );
  return { draft, setDraft, toggle, clear };
}
