import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const ReportDutiesPage = lazyRoute("/report-duties", () =>
  import("./report-duties-page").then((m) => m.ReportDutiesPage),
);

/** Loaded on first visit. */
export function ReportDutiesRoute() {
  return (
    <Suspense fallback={<Loader m="md" />}>
      <ReportDutiesPage />
    </Suspense>
  );
}
