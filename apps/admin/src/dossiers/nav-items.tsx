import { NavItem, useCan, useLang } from "@par/ui";

/** The dossier statistics and the reports owed (issue 11), each for whoever reads them. */
export function DossierNavItems() {
  const { t } = useLang();
  const canRead = useCan("dossiers.read");
  const canExport = useCan("reports.export");
  return (
    <>
      {canRead && <NavItem href="/dossiers" label={t("admin.nav.dossiers")} />}
      {canExport && <NavItem href="/report-duties" label={t("admin.nav.reportDuties")} />}
    </>
  );
}
