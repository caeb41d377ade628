import { NavLink } from "@mantine/core";
import { useLang } from "@par/ui";
import { Link, useRoute } from "wouter";
import { InternalNavLinks } from "./internal/internal-nav";
import { ResponseNavItems } from "./responses/nav-items";

export function PortalNavbar() {
  const { t } = useLang();
  const [mine] = useRoute("/my-unit");
  const [unit] = useRoute("/units/*");
  const [dossiers] = useRoute("/dossiers");
  return (
    <>
      <InternalNavLinks />
      <ResponseNavItems />
      <NavLink component={Link} href="/dossiers" label={t("portal.nav.dossiers")} active={dossiers} />
      <NavLink component={Link} href="/my-unit" label={t("portal.nav.myUnit")} active={mine || unit} />
    </>
  );
}
