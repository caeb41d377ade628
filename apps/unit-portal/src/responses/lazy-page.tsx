import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const ResponsesPage = lazyRoute("/responses", () => import("./responses-page").then((m) => m.ResponsesPage));

/** Loaded when first opened: the initial bundle of the portal stays small. */
export function ResponsesRoute() {
  return (
    <Suspense fallback={<Loader />}>
      <ResponsesPage />
    </Suspense>
  );
}
