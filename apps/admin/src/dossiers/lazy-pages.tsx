import { Loader } from "@mantine/core";
import { lazy, type ReactNode, Suspense } from "react";

// Loaded on first visit, keeping the admin's first load light.
const DossiersPage = lazy(() => import("./dossiers-page").then((m) => ({ default: m.DossiersPage })));
const DossierImportPage = lazy(() =>
  import("./dossier-import-page").then((m) => ({ default: m.DossierImportPage })),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loader m="md" />}>{children}</Suspense>;
}

export const DossiersRoute = () => (
  <Lazy>
    <DossiersPage />
  </Lazy>
);
export const DossierImportRoute = () => (
  <Lazy>
    <DossierImportPage />
  </Lazy>
);
