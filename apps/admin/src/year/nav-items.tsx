import { NavItem, useLang } from "@par/ui";
import { ConflictsNavBadge } from "../conflicts/conflicts-nav-badge";

/** Navbar entries of the year plan and the calendar (the admin app already requires plans.read). */
export function PlanningNavItems() {
  const { t } = useLang();
  return (
    <>
      <NavItem href="/year" label={t("admin.year.nav")} />
      <NavItem href="/calendar" label={t("admin.calendar.nav")} badge={<ConflictsNavBadge />} />
    </>
  );
}
