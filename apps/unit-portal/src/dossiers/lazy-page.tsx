import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const DossiersPage = lazyRoute("/dossiers", () => import("./dossiers-page").then((m) => m.DossiersPage));

/** Loaded when first opened: the initial bundle of the portal stays small. */
export function DossiersRoute() {
  return (
    <Suspense fallback={<Loader />}>
      <DossiersPage />
    </Suspense>
  );
}
