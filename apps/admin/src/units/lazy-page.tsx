import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const UnitsPage = lazy(() => import("./units-page").then((m) => ({ default: m.UnitsPage })));

/** The register, loaded on first visit: the home is the year, not the register. */
export function UnitsRoute({ selectedId }: { selectedId: number | null }) {
  return (
    <Suspense fallback={<Loader m="md" />}>
      <UnitsPage selectedId={selectedId} />
    </Suspense>
  );
}
