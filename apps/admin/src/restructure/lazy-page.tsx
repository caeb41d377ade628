import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const RestructurePage = lazyRoute("/units/restructure", () =>
  import("./restructure-page").then((m) => m.RestructurePage),
);

/** Loaded on first visit, like the other register screens. */
export const RestructureRoute = () => (
  <Suspense fallback={<Loader m="md" />}>
    <RestructurePage />
  </Suspense>
);
