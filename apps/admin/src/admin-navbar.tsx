import { NavItem, useLang } from "@par/ui";

export function AdminNavbar() {
  const { t } = useLang();
  return <NavItem href="/units" label={t("admin.nav.units")} />;
}
