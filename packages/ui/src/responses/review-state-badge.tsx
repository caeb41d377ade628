import { Badge } from "@mantine/core";
import type { ReviewState } from "@par/domain";
import { useLang } from "../i18n/use-lang";

const COLORS: Record<ReviewState | "none", string> = {
  none: "gray",
  draft: "gray",
  submitted: "yellow",
  approved: "blue",
  returned: "red",
  accepted: "green",
};

/** Where a submission stands in the review loop; "none" when nothing was drafted yet. */
export function ReviewStateBadge({ state }: { state: ReviewState | "none" }) {
  const { t } = useLang();
  return (
    <Badge
      color={COLORS[state]}
      variant="light"
      style={{ textTransform: "none", flexShrink: 0, overflow: "visible" }}
      data-testid="review-state"
      data-state={state}
    >
      {t(`review.state.${state}`)}
    </Badge>
  );
}

export const stateOfItem = (r: {
  reviewState: ReviewState;
  started: boolean;
  status: string;
}): ReviewState | "none" => (!r.started && r.status === "open" ? "none" : r.reviewState);
