import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const OwedReportsPage = lazy(() =>
  import("./owed-reports-page").then((m) => ({ default: m.OwedReportsPage })),
);

/** Loaded when first opened: the initial bundle of the portal stays small. */
export function OwedReportsRoute() {
  return (
    <Suspense fallback={<Loader />}>
      <OwedReportsPage />
    </Suspense>
  );
}
