import { NavItem, useCan, useLang } from "@par/ui";

/** Navbar entries of the inspection work, the reports and the audit log (each only with its permission). */
export function InspectionNavItems() {
  const { t } = useLang();
  const canExport = useCan("reports.export");
  const canAudit = useCan("audit.read");
  const canManageUsers = useCan("users.manage");
  return (
    <>
      <NavItem href="/inspections" label={t("insp.nav.inspections")} />
      {canExport && <NavItem href="/reports" label={t("insp.nav.reports")} />}
      {canAudit && <NavItem href="/audit" label={t("audit.nav")} />}
      {canManageUsers && <NavItem href="/accounts" label={t("accounts.nav")} />}
    </>
  );
}
