import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const DossiersPage = lazy(() => import("./dossiers-page").then((m) => ({ default: m.DossiersPage })));

/** Loaded when first opened: the initial bundle of the portal stays small. */
export function DossiersRoute() {
  return (
    <Suspense fallback={<Loader />}>
      <DossiersPage />
    </Suspense>
  );
}
