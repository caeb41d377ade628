import { NavLink } from "@mantine/core";
import { useLang } from "@par/ui";
import { Link, useRoute } from "wouter";

/** The portal's year and internal-inspection entries of the navbar. */
export function InternalNavLinks() {
  const { t } = useLang();
  const [home] = useRoute("/");
  const [internal] = useRoute("/internal/*?");
  return (
    <>
      <NavLink
        component={Link}
        href="/"
        label={t("portal.internal.nav.year")}
        active={home}
        data-testid="nav-year"
      />
      <NavLink
        component={Link}
        href="/internal"
        label={t("portal.internal.nav.internal")}
        active={internal}
        data-testid="nav-internal"
      />
    </>
  );
}
