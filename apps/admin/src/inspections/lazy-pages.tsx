import { Loader } from "@mantine/core";
import { lazy, type ReactNode, Suspense } from "react";

// Each screen loads on first visit, keeping the admin's first load light (≤ 250 KB gzip).
const InspectionsPage = lazy(() =>
  import("./inspections-page").then((m) => ({ default: m.InspectionsPage })),
);
const InspectionPage = lazy(() => import("./inspection-page").then((m) => ({ default: m.InspectionPage })));
const ReportsPage = lazy(() => import("./reports-page").then((m) => ({ default: m.ReportsPage })));
const AccountsPage = lazy(() =>
  import("../accounts/accounts-page").then((m) => ({ default: m.AccountsPage })),
);
const AuditPage = lazy(() => import("../audit/audit-page").then((m) => ({ default: m.AuditPage })));
const UnitImportPage = lazy(() =>
  import("../import/unit-import-page").then((m) => ({ default: m.UnitImportPage })),
);

const EarlierImportPage = lazy(() =>
  import("../import/earlier-import-page").then((m) => ({ default: m.EarlierImportPage })),
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
