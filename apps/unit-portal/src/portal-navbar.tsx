import { NavLink } from "@mantine/core";
import { useLang } from "@par/ui";
import { Link, useRoute } from "wouter";
import { ResponseNavItems } from "./responses/nav-items";

export function PortalNavbar() {
  const { t } = useLang();
  const [home] = useRoute("/");
  const [unit] = useRoute("/units/*");
  return (
    <>
      <NavLink component={Link} href="/" label={t("portal.nav.myUnit")} active={home || unit} />
      <ResponseNavItems />
    </>
  );
}
