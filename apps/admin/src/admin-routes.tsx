import { Redirect, Route, Switch } from "wouter";
import { UnitsPage } from "./units/units-page";

/** Routes under /admin: /units is the register, /units/:id names one unit. */
export function AdminRoutes() {
  return (
    <Switch>
      <Route path="/units/:id">{(params) => <UnitsPage selectedId={Number(params.id)} />}</Route>
      <Route path="/units">
        <UnitsPage selectedId={null} />
      </Route>
      <Route>
        <Redirect to="/units" replace />
      </Route>
    </Switch>
  );
}
