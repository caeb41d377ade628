import { NavLink } from "@mantine/core";
import { useCan, useLang } from "@par/ui";
import { Link, useRoute } from "wouter";
import { InternalNavLinks } from "./internal/internal-nav";
import { OwedReportsNavItem } from "./reports/nav-items";
import { ResponseNavItems } from "./responses/nav-items";

export function PortalNavbar() {
  const { t } = useLang();
  const [mine] = useRoute("/my-unit");
  const [unit] = useRoute("/units/*");
  const [dossiers] = useRoute("/dossiers");
  // A sector department's inspector opens the portal for its reports only (no unit work to do here).
  if (!useCan("internal.read")) return <OwedReportsNavItem />;
  return (
    <>
      <InternalNavLinks />
      <ResponseNavItems />
      <OwedReportsNavItem />
      <NavLink component={Link} href="/dossiers" label={t("portal.nav.dossiers")} active={dossiers} />
      <NavLink component={Link} href="/my-unit" label={t("portal.nav.myUnit")} active={mine || unit} />
    </>
  );
}
