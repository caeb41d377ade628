import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const ReportDutiesPage = lazy(() =>
  import("./report-duties-page").then((m) => ({ default: m.ReportDutiesPage })),
);

/** Loaded on first visit. */
export function ReportDutiesRoute() {
  return (
    <Suspense fallback={<Loader m="md" />}>
      <ReportDutiesPage />
    </Suspense>
  );
}
