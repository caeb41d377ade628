import { lazyRoute } from "@par/ui";
import { Suspense } from "react";
import { Redirect, Route, Switch } from "wouter";
import { ShopsPage } from "./shops/shops-page";
import { WorklistPage } from "./worklist/worklist-page";

// Screens past the first load with the route (the player itself loads on demand inside them).
const CounterPage = lazyRoute("/counters/:id", () =>
  import("./counters/counter-page").then((m) => m.CounterPage),
);
const ReviewsPage = lazyRoute("/reviews", () => import("./reviews/reviews-page").then((m) => m.ReviewsPage));
const RemindersPage = lazyRoute("/reminders", () =>
  import("./reminders/reminders-page").then((m) => m.RemindersPage),
);
const ReportPage = lazyRoute("/reports", () => import("./reports/report-page").then((m) => m.ReportPage));

/** /worklist the day's sample, /shops the one-stop shops and their counters, /counters/:id one counter full-size. */
export function CameraRoutes() {
  return (
    <Suspense fallback={null}>
      <Switch>
        <Route path="/">
          <ShopsPage selectedId={null} />
        </Route>
        <Route path="/worklist" component={WorklistPage} />
        <Route path="/shops">
          <ShopsPage selectedId={null} />
        </Route>
        <Route path="/shops/:id">{(params) => <ShopsPage selectedId={Number(params.id)} />}</Route>
        <Route path="/counters/:id">{(params) => <CounterPage id={Number(params.id)} />}</Route>
        <Route path="/reviews" component={ReviewsPage} />
        <Route path="/reminders" component={RemindersPage} />
        <Route path="/reports" component={ReportPage} />
        <Route>
          <Redirect to="/" replace />
        </Route>
      </Switch>
    </Suspense>
  );
}
