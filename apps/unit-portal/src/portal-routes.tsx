import { Redirect, Route, Switch } from "wouter";
import { ProvinceInspectionsRoute } from "./province-inspections/lazy-page";
import { ResponsesRoute } from "./responses/lazy-page";
import { SelfCheckRoute, SelfChecksRoute } from "./self-checks/lazy-pages";
import { MyUnitPage } from "./units/my-unit-page";
import { PortalUnitPage } from "./units/portal-unit-page";

/** Routes under /portal: / is "my unit", /units/:id one unit of the officer's scope. */
export function PortalRoutes() {
  return (
    <Switch>
      <Route path="/">
        <MyUnitPage />
      </Route>
      <Route path="/responses" component={ResponsesRoute} />
      <Route path="/province-inspections" component={ProvinceInspectionsRoute} />
      <Route path="/self-checks/:id">{(params) => <SelfCheckRoute id={Number(params.id)} />}</Route>
      <Route path="/self-checks" component={SelfChecksRoute} />
      <Route path="/units/:id">{(params) => <PortalUnitPage id={Number(params.id)} />}</Route>
      <Route>
        <Redirect to="/" replace />
      </Route>
    </Switch>
  );
}
