import { Loader } from "@mantine/core";
import { todayIso } from "@par/ui";
import { lazy, type ReactNode, Suspense } from "react";
import { Redirect } from "wouter";

// The year, proposal and calendar screens load on first visit (the admin's first load stays ≤ 250 KB gzip).
const YearPage = lazy(() => import("./year-page").then((m) => ({ default: m.YearPage })));
const ProposalPage = lazy(() =>
  import("../proposal/proposal-page").then((m) => ({ default: m.ProposalPage })),
);
const CalendarPage = lazy(() =>
  import("../calendar/calendar-page").then((m) => ({ default: m.CalendarPage })),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loader m="md" />}>{children}</Suspense>;
}

function thisYear(): number {
  return Number(todayIso().slice(0, 4));
}

/** A year in a URL: four digits in a sensible range, else null (the route then falls back). */
function yearParam(text: string | undefined): number | null {
  const y = Number(text);
  return /^\d{4}$/.test(text ?? "") && y >= 2000 && y <= 2100 ? y : null;
}

export const YearRoute = ({ year }: { year?: string }) => {
  const y = year === undefined ? thisYear() : yearParam(year);
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
    const today = todayIso();
    return <Redirect to={`/calendar/${today.slice(0, 4)}/${Number(today.slice(5, 7))}`} replace />;
  }
  return (
    <Lazy>
      <CalendarPage year={y} month={m} />
    </Lazy>
  );
};
