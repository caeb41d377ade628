import { Loader } from "@mantine/core";
import { lazyRoute, todayIso } from "@par/ui";
import { type ReactNode, Suspense } from "react";
import { Redirect } from "wouter";

// The PAR-index screens load on first visit (the admin's first load stays within its budget).
const ParIndexPage = lazyRoute(["/par-index", "/par-index/:year"], () =>
  import("./par-index-page").then((m) => m.ParIndexPage),
);
const ParIndexSheetPage = lazyRoute("/par-index/:year/units/:unitId", () =>
  import("./sheet-page").then((m) => m.ParIndexSheetPage),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loader m="md" />}>{children}</Suspense>;
}

const yearOf = (text: string | undefined) => {
  const y = Number(text);
  return /^\d{4}$/.test(text ?? "") && y >= 2000 && y <= 2100 ? y : null;
};

/** /par-index → last year's index (the year being scored); /par-index/:year; /par-index/:year/units/:id. */
export const ParIndexRoute = ({ year }: { year?: string }) => {
  const y = yearOf(year);
  if (y === null) return <Redirect to={`/par-index/${Number(todayIso().slice(0, 4)) - 1}`} replace />;
  return (
    <Lazy>
      <ParIndexPage year={y} />
    </Lazy>
  );
};

export const ParIndexSheetRoute = ({ year, unitId }: { year: string; unitId: string }) => {
  const y = yearOf(year);
  const id = Number(unitId);
  if (y === null || !Number.isInteger(id) || id < 1) return <Redirect to="/par-index" replace />;
  return (
    <Lazy>
      <ParIndexSheetPage year={y} unitId={id} />
    </Lazy>
  );
};
