import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const ProvinceInspectionsPage = lazy(() =>
  import("./province-inspections-page").then((m) => ({ default: m.ProvinceInspectionsPage })),
);

export const ProvinceInspectionsRoute = () => (
  <Suspense fallback={<Loader />}>
    <ProvinceInspectionsPage />
  </Suspense>
);
