import { Badge } from "@mantine/core";
import { useLang } from "@par/ui";
import { useOpenConflictCount } from "./use-conflicts";

/** The count of open conflicts beside "Lịch kiểm tra" in the navbar; nothing when there are none. */
export function ConflictsNavBadge() {
  const { t } = useLang();
  const count = useOpenConflictCount();
  if (count === 0) return null;
  return (
    <Badge
      size="sm"
      color="red"
      circle
      aria-label={t("conflicts.navBadge", { count })}
      title={t("conflicts.navBadge", { count })}
      data-testid="conflicts-nav-badge"
    >
      {count}
    </Badge>
  );
}
