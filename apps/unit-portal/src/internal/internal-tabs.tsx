import { Tabs } from "@mantine/core";
import { useLang } from "@par/ui";
import { useLocation } from "wouter";

const TABS = [
  { value: "list", path: "/internal" },
  { value: "plan", path: "/internal/plan" },
  { value: "calendar", path: "/internal/calendar" },
  { value: "recommendations", path: "/internal/recommendations" },
  { value: "report", path: "/internal/report" },
] as const;

/** The internal-inspection screens of one year, side by side. */
export function InternalTabs({ year, active }: { year: number; active: (typeof TABS)[number]["value"] }) {
  const { t } = useLang();
  const [, navigate] = useLocation();
  return (
    <Tabs value={active} onChange={(v) => navigate(`${TABS.find((x) => x.value === v)!.path}?year=${year}`)}>
      <Tabs.List>
        <Tabs.Tab value="list">{t("portal.internal.nav.internal")}</Tabs.Tab>
        <Tabs.Tab value="plan" data-testid="tab-plan">
          {t("portal.internal.list.plan")}
        </Tabs.Tab>
        <Tabs.Tab value="calendar" data-testid="tab-calendar">
          {t("portal.internal.list.calendar")}
        </Tabs.Tab>
        <Tabs.Tab value="recommendations" data-testid="tab-recs">
          {t("portal.internal.list.recommendations")}
        </Tabs.Tab>
        <Tabs.Tab value="report" data-testid="tab-report">
          {t("portal.internal.list.report")}
        </Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
