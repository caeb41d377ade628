import { Loader } from "@mantine/core";
import { lazyRoute, todayIso } from "@par/ui";
import { Suspense } from "react";
import { Redirect } from "wouter";

const ParIndexPage = lazyRoute(["/par-index", "/par-index/:year"], () =>
  import("./par-index-page").then((m) => m.ParIndexPage),
);

/** /par-index → last year's sheet (a year is scored early in the next); /par-index/:year. */
export const ParIndexRoute = ({ year }: { year?: string }) => {
  const y = Number(year);
  if (!/^\d{4}$/.test(year ?? "") || y < 2000 || y > 2100)
    return <Redirect to={`/par-index/${Number(todayIso().slice(0, 4)) - 1}`} replace />;
  return (
    <Suspense fallback={<Loader />}>
      <ParIndexPage year={y} />
    </Suspense>
  );
};
