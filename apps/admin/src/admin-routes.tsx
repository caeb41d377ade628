import { Redirect, Route, Switch } from "wouter";
import { DossierImportRoute, DossiersRoute } from "./dossiers/lazy-pages";
import {
  AccountsRoute,
  AuditRoute,
  EarlierImportRoute,
  InspectionRoute,
  InspectionsRoute,
  ReportsRoute,
  UnitImportRoute,
} from "./inspections/lazy-pages";
import { ParIndexRoute, ParIndexSheetRoute } from "./par-index/lazy-pages";
import { ReportDutiesRoute } from "./report-duties/lazy-page";
import { VerifyResponsesRoute } from "./responses/lazy-page";
import { RestructureRoute } from "./restructure/lazy-page";
import { UnitsRoute } from "./units/lazy-page";
import { CalendarRoute, ProposalRoute, YearRoute } from "./year/lazy-pages";

/** Routes under /admin: /year (the home: the year at a glance), /units is the register, /units/:id names one unit. */
export function AdminRoutes() {
  return (
    <Switch>
      <Route path="/units/import" component={UnitImportRoute} />
      <Route path="/units/import-earlier" component={EarlierImportRoute} />
      <Route path="/units/restructure" component={RestructureRoute} />
      <Route path="/inspections/:id">{(params) => <InspectionRoute id={Number(params.id)} />}</Route>
      <Route path="/inspections" component={InspectionsRoute} />
      <Route path="/reports" component={ReportsRoute} />
      <Route path="/responses" component={VerifyResponsesRoute} />
      <Route path="/audit" component={AuditRoute} />
      <Route path="/dossiers/import" component={DossierImportRoute} />
      <Route path="/dossiers" component={DossiersRoute} />
      <Route path="/report-duties" component={ReportDutiesRoute} />
      <Route path="/par-index/:year/units/:unitId">
        {(params) => <ParIndexSheetRoute year={params.year} unitId={params.unitId} />}
      </Route>
      <Route path="/par-index/:year">{(params) => <ParIndexRoute year={params.year} />}</Route>
      <Route path="/par-index">
        <ParIndexRoute />
      </Route>
      <Route path="/accounts" component={AccountsRoute} />
      <Route path="/year/:year/proposal">{(params) => <ProposalRoute year={params.year} />}</Route>
      <Route path="/year/:year">{(params) => <YearRoute year={params.year} />}</Route>
      <Route path="/year">
        <YearRoute />
      </Route>
      <Route path="/calendar/:year/:month">
        {(params) => <CalendarRoute year={params.year} month={params.month} />}
      </Route>
      <Route path="/calendar">
        <CalendarRoute />
      </Route>
      <Route path="/units/:id">{(params) => <UnitsRoute selectedId={Number(params.id)} />}</Route>
      <Route path="/units">
        <UnitsRoute selectedId={null} />
      </Route>
      <Route>
        <Redirect to="/year" replace />
      </Route>
    </Switch>
  );
}
