import { Loader } from "@mantine/core";
import { lazy, type ReactNode, Suspense } from "react";
import { Redirect, Route, Switch } from "wouter";

// Every screen loads on first visit: the portal's first load stays light (≤ 250 KB gzip).
const YearHomePage = lazy(() => import("./year-home-page").then((m) => ({ default: m.YearHomePage })));
const InternalListPage = lazy(() =>
  import("./internal-list-page").then((m) => ({ default: m.InternalListPage })),
);
const PlanPage = lazy(() => import("./plan-page").then((m) => ({ default: m.PlanPage })));
const CalendarPage = lazy(() => import("./calendar-page").then((m) => ({ default: m.CalendarPage })));
const RecommendationsPage = lazy(() =>
  import("./recommendations-page").then((m) => ({ default: m.RecommendationsPage })),
);
const ReportPage = lazy(() => import("./report-page").then((m) => ({ default: m.ReportPage })));
const InternalDetailPage = lazy(() =>
  import("./internal-detail-page").then((m) => ({ default: m.InternalDetailPage })),
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
