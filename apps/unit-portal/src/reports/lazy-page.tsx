import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const OwedReportsPage = lazyRoute("/reports", () =>
  import("./owed-reports-page").then((m) => m.OwedReportsPage),
);

/** Loaded when first opened: the initial bundle of the portal stays small. */
export function OwedReportsRoute() {
  return (
    <Suspense fallback={<Loader />}>
      <OwedReportsPage />
    </Suspense>
  );
}
