import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const ResponsesPage = lazy(() => import("./responses-page").then((m) => ({ default: m.ResponsesPage })));

/** Loaded when first opened: the initial bundle of the portal stays small. */
export function ResponsesRoute() {
  return (
    <Suspense fallback={<Loader />}>
      <ResponsesPage />
    </Suspense>
  );
}
