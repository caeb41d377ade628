import { NavItem, useCan, useLang } from "@par/ui";

/** Chỉ số CCHC: for the province's planners and readers (the ranking is the leader's view too). */
export function ParIndexNavItems() {
  const { t } = useLang();
  return useCan("plans.read") ? <NavItem href="/par-index" label={t("parIndexNav")} /> : null;
}
