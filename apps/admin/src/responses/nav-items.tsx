import { NavItem, useCan, useLang } from "@par/ui";

/** The verification queue of the units' responses (issue 9 §4), for holders of recommendations.verify. */
export function VerifyNavItems() {
  const { t } = useLang();
  return useCan("recommendations.verify") ? (
    <NavItem href="/responses" label={t("verifyResponses.nav")} />
  ) : null;
}
