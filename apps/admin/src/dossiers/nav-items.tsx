import { NavItem, useCan, useLang } from "@par/ui";

/** The dossier statistics, for whoever reads them. */
export function DossierNavItems() {
  const { t } = useLang();
  const canRead = useCan("dossiers.read");
  return canRead ? <NavItem href="/dossiers" label={t("admin.nav.dossiers")} /> : null;
}
