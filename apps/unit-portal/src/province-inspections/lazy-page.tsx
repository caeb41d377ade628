import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const ProvinceInspectionsPage = lazyRoute("/province-inspections", () =>
  import("./province-inspections-page").then((m) => m.ProvinceInspectionsPage),
);

export const ProvinceInspectionsRoute = () => (
  <Suspense fallback={<Loader />}>
    <ProvinceInspectionsPage />
  </Suspense>
);
