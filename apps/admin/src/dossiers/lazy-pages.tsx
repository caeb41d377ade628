import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { type ReactNode, Suspense } from "react";

// Loaded on first visit, keeping the admin's first load light.
const DossiersPage = lazyRoute("/dossiers", () => import("./dossiers-page").then((m) => m.DossiersPage));
const DossierImportPage = lazyRoute("/dossiers/import", () =>
  import("./dossier-import-page").then((m) => m.DossierImportPage),
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
