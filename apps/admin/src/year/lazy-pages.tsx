import { Loader } from "@mantine/core";
import { openingMonth, openingYear } from "@par/domain";
import { lazyRoute, QueryError, todayIso, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, Suspense } from "react";
import { Redirect } from "wouter";

// The year, proposal and calendar screens load on first visit (the admin's first load stays ≤ 250 KB gzip).
const YearPage = lazyRoute(["/year", "/year/:year"], () => import("./year-page").then((m) => m.YearPage));
const ProposalPage = lazyRoute("/year/:year/proposal", () =>
  import("../proposal/proposal-page").then((m) => m.ProposalPage),
);
const CalendarPage = lazyRoute(["/calendar", "/calendar/:year/:month"], () =>
  import("../calendar/calendar-page").then((m) => m.CalendarPage),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loader m="md" />}>{children}</Suspense>;
}

function today(): { year: number; month: number } {
  const iso = todayIso();
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** With no year in the address, go to the latest year that has a plan (else this year): openingYear. */
function ToOpeningYear({ to }: { to: (year: number) => string }) {
  const trpc = useTRPC();
  const plans = useQuery(trpc.plans.list.queryOptions());
  if (plans.error) return <QueryError error={plans.error} />;
  if (!plans.data) return <Loader m="md" />;
  const year = openingYear(
    plans.data.map((p) => p.year),
    today().year,
  );
  return <Redirect to={to(year)} replace />;
}

/** A year in a URL: four digits in a sensible range, else null (the route then falls back). */
function yearParam(text: string | undefined): number | null {
  const y = Number(text);
  return /^\d{4}$/.test(text ?? "") && y >= 2000 && y <= 2100 ? y : null;
}

export const YearRoute = ({ year }: { year?: string }) => {
  if (year === undefined) return <ToOpeningYear to={(y) => `/year/${y}`} />;
  const y = yearParam(year);
  if (y === null) return <Redirect to="/year" replace />;
  return (
    <Lazy>
      <YearPage year={y} />
    </Lazy>
  );
};

export const ProposalRoute = ({ year }: { year: string }) => {
  const y = yearParam(year);
  if (y === null) return <Redirect to="/year" replace />;
  return (
    <Lazy>
      <ProposalPage year={y} />
    </Lazy>
  );
};

export const CalendarRoute = ({ year, month }: { year?: string; month?: string }) => {
  const y = yearParam(year);
  const m = Number(month);
  if (y === null || !Number.isInteger(m) || m < 1 || m > 12) {
    return <ToOpeningYear to={(oy) => `/calendar/${oy}/${openingMonth(oy, today())}`} />;
  }
  return (
    <Lazy>
      <CalendarPage year={y} month={m} />
    </Lazy>
  );
};
