import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { type ReactNode, Suspense } from "react";

// Each screen loads on first visit, keeping the admin's first load light (≤ 250 KB gzip).
const InspectionsPage = lazyRoute("/inspections", () =>
  import("./inspections-page").then((m) => m.InspectionsPage),
);
const InspectionPage = lazyRoute("/inspections/:id", () =>
  import("./inspection-page").then((m) => m.InspectionPage),
);
const ReportsPage = lazyRoute("/reports", () => import("./reports-page").then((m) => m.ReportsPage));
const AccountsPage = lazyRoute("/accounts", () =>
  import("../accounts/accounts-page").then((m) => m.AccountsPage),
);
const AuditPage = lazyRoute("/audit", () => import("../audit/audit-page").then((m) => m.AuditPage));
const UnitImportPage = lazyRoute("/units/import", () =>
  import("../import/unit-import-page").then((m) => m.UnitImportPage),
);

const EarlierImportPage = lazyRoute("/units/import-earlier", () =>
  import("../import/earlier-import-page").then((m) => m.EarlierImportPage),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loader m="md" />}>{children}</Suspense>;
}

export const InspectionsRoute = () => (
  <Lazy>
    <InspectionsPage />
  </Lazy>
);
export const InspectionRoute = ({ id }: { id: number }) => (
  <Lazy>
    <InspectionPage id={id} />
  </Lazy>
);
export const ReportsRoute = () => (
  <Lazy>
    <ReportsPage />
  </Lazy>
);
export const AccountsRoute = () => (
  <Lazy>
    <AccountsPage />
  </Lazy>
);
export const AuditRoute = () => (
  <Lazy>
    <AuditPage />
  </Lazy>
);
export const UnitImportRoute = () => (
  <Lazy>
    <UnitImportPage />
  </Lazy>
);
export const EarlierImportRoute = () => (
  <Lazy>
    <EarlierImportPage />
  </Lazy>
);
