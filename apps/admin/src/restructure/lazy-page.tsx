import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const RestructurePage = lazy(() =>
  import("./restructure-page").then((m) => ({ default: m.RestructurePage })),
);

/** Loaded on first visit, like the other register screens. */
export const RestructureRoute = () => (
  <Suspense fallback={<Loader m="md" />}>
    <RestructurePage />
  </Suspense>
);
