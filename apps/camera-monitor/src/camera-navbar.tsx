import { NavItem, useLang } from "@par/ui";

export function CameraNavbar() {
  const { t } = useLang();
  return (
    <>
      <NavItem href="/worklist" label={t("camera.nav.worklist")} />
      <NavItem href="/shops" label={t("camera.nav.shops")} />
      <NavItem href="/reviews" label={t("camera.nav.reviews")} />
      <NavItem href="/reminders" label={t("camera.nav.reminders")} />
      <NavItem href="/reports" label={t("camera.nav.reports")} />
    </>
  );
}
