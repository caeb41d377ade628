import { Loader } from "@mantine/core";
import { todayIso } from "@par/ui";
import { lazy, Suspense } from "react";
import { Redirect } from "wouter";

const ParIndexPage = lazy(() => import("./par-index-page").then((m) => ({ default: m.ParIndexPage })));

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
