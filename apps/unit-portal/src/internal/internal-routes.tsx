import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { type ReactNode, Suspense } from "react";
import { Redirect, Route, Switch } from "wouter";

// Every screen loads on first visit: the portal's first load stays light (≤ 250 KB gzip).
const YearHomePage = lazyRoute("/", () => import("./year-home-page").then((m) => m.YearHomePage));
const InternalListPage = lazyRoute("/internal", () =>
  import("./internal-list-page").then((m) => m.InternalListPage),
);
const PlanPage = lazyRoute("/internal/plan", () => import("./plan-page").then((m) => m.PlanPage));
const CalendarPage = lazyRoute("/internal/calendar", () =>
  import("./calendar-page").then((m) => m.CalendarPage),
);
const RecommendationsPage = lazyRoute("/internal/recommendations", () =>
  import("./recommendations-page").then((m) => m.RecommendationsPage),
);
const ReportPage = lazyRoute("/internal/report", () => import("./report-page").then((m) => m.ReportPage));
const InternalDetailPage = lazyRoute("/internal/:id", () =>
  import("./internal-detail-page").then((m) => m.InternalDetailPage),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loader m="md" />}>{children}</Suspense>;
}

/** "Năm của tôi", the portal's home. */
export const YearHomeRoute = () => (
  <Lazy>
    <YearHomePage />
  </Lazy>
);

/** Everything under /internal (IV.4): list, plan, calendar, recommendations, report, one inspection. */
export function InternalRoutes() {
  return (
    <Lazy>
      <Switch>
        <Route path="/internal">
          <InternalListPage />
        </Route>
        <Route path="/internal/plan">
          <PlanPage />
        </Route>
        <Route path="/internal/calendar">
          <CalendarPage />
        </Route>
        <Route path="/internal/recommendations">
          <RecommendationsPage />
        </Route>
        <Route path="/internal/report">
          <ReportPage />
        </Route>
        {/* The province's inspections and recommendations have their own pages (issue 9 §3, §4). */}
        <Route path="/internal/province">
          <Redirect to="/province-inspections" replace />
        </Route>
        <Route path="/internal/province-recommendations">
          <Redirect to="/responses" replace />
        </Route>
        <Route path="/internal/:id">{(p) => <InternalDetailPage id={Number(p.id)} />}</Route>
      </Switch>
    </Lazy>
  );
}
