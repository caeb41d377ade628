import { useCan } from "@par/ui";
import { Redirect, Route, Switch } from "wouter";
import { CameraRemindersRoute } from "./camera-reminders/lazy-page";
import { DossiersRoute } from "./dossiers/lazy-page";
import { InternalRoutes, YearHomeRoute } from "./internal/internal-routes";
import { ParIndexRoute } from "./par-index/lazy-page";
import { ProvinceInspectionsRoute } from "./province-inspections/lazy-page";
import { OwedReportsRoute } from "./reports/lazy-page";
import { ResponsesRoute } from "./responses/lazy-page";
import { SelfCheckRoute, SelfChecksRoute } from "./self-checks/lazy-pages";
import { MyUnitPage } from "./units/my-unit-page";
import { PortalUnitPage } from "./units/portal-unit-page";

/** Routes under /portal: / is "my year", /my-unit the officer's units, /units/:id one of them, /internal/… (IV.4). */
export function PortalRoutes() {
  // Without unit work (a sector department's inspector), the portal is the body's reports.
  const unitWork = useCan("internal.read");
  return (
    <Switch>
      <Route path="/">{unitWork ? <YearHomeRoute /> : <Redirect to="/reports" replace />}</Route>
      <Route path="/reports" component={OwedReportsRoute} />
      <Route path="/my-unit">
        <MyUnitPage />
      </Route>
      <Route path="/responses" component={ResponsesRoute} />
      <Route path="/camera-reminders" component={CameraRemindersRoute} />
      <Route path="/dossiers" component={DossiersRoute} />
      <Route path="/province-inspections" component={ProvinceInspectionsRoute} />
      <Route path="/self-checks/:id">{(params) => <SelfCheckRoute id={Number(params.id)} />}</Route>
      <Route path="/self-checks" component={SelfChecksRoute} />
      <Route path="/par-index/:year">{(params) => <ParIndexRoute year={params.year} />}</Route>
      <Route path="/par-index">
        <ParIndexRoute />
      </Route>
      <Route path="/internal/*?">
        <InternalRoutes />
      </Route>
      <Route path="/units/:id">{(params) => <PortalUnitPage id={Number(params.id)} />}</Route>
      <Route>
        <Redirect to="/" replace />
      </Route>
    </Switch>
  );
}
