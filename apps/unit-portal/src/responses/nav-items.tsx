import { NavItem, useLang } from "@par/ui";

/** The portal's navbar entries of issue 9 §3, §4, §8 (kept out of portal-navbar.tsx, which others edit too). */
export function ResponseNavItems() {
  const { t } = useLang();
  return (
    <>
      <NavItem href="/province-inspections" label={t("portal.provinceInspections.nav")} />
      <NavItem href="/self-checks" label={t("portal.selfChecks.nav")} />
      <NavItem href="/responses" label={t("portal.responses.nav")} />
      <NavItem href="/camera-reminders" label={t("portal.cameraReminders.nav")} />
      <NavItem href="/par-index" label={t("portal.nav.parIndex")} />
    </>
  );
}
