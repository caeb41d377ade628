import { Redirect, Route, Switch } from "wouter";
import { ShopsPage } from "./shops/shops-page";

/** Routes under /camera: / lists the one-stop shops, /shops/:id opens one. */
export function CameraRoutes() {
  return (
    <Switch>
      <Route path="/">
        <ShopsPage selectedId={null} />
      </Route>
      <Route path="/shops/:id">{(params) => <ShopsPage selectedId={Number(params.id)} />}</Route>
      <Route>
        <Redirect to="/" replace />
      </Route>
    </Switch>
  );
}
