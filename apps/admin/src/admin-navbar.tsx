import { NavItem, useLang } from "@par/ui";
import { DossierNavItems } from "./dossiers/nav-items";
import { InspectionNavItems } from "./inspections/nav-items";
import { ParIndexNavItems } from "./par-index/nav-items";
import { VerifyNavItems } from "./responses/nav-items";
import { PlanningNavItems } from "./year/nav-items";

export function AdminNavbar() {
  const { t } = useLang();
  return (
    <>
      <PlanningNavItems />
      <NavItem href="/units" label={t("admin.nav.units")} />
      <InspectionNavItems />
      <VerifyNavItems />
      <DossierNavItems />
      <ParIndexNavItems />
    </>
  );
}
