import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const UnitsPage = lazyRoute(["/units", "/units/:id"], () => import("./units-page").then((m) => m.UnitsPage));

/** The register, loaded on first visit: the home is the year, not the register. */
export function UnitsRoute({ selectedId }: { selectedId: number | null }) {
  return (
    <Suspense fallback={<Loader m="md" />}>
      <UnitsPage selectedId={selectedId} />
    </Suspense>
  );
}
