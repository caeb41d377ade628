import { NavItem, useCan, useLang } from "@par/ui";

/** The portal's entry to the reports the body owes, for whoever may mark its body's reports sent. */
export function OwedReportsNavItem() {
  const { t } = useLang();
  return useCan("reports.send") ? <NavItem href="/reports" label={t("portal.owedReports.nav")} /> : null;
}
