import { Button, Group, Loader, NativeSelect, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { addDays } from "@par/domain";
import { formatDate, monthLabel, QueryError, todayIso, useCan, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useSearchParams } from "wouter";
import { ConflictsPanel } from "../conflicts/conflicts-panel";
import type { CalendarInspection } from "./inspection-chip";
import { InspectionList } from "./inspection-list";
import { firstOfMonth, moveWindow, shiftMonth, weekOf } from "./month-grid";
import { MonthView } from "./month-view";
import { RescheduleModal, type RescheduleTarget } from "./reschedule-modal";
import { WeekView } from "./week-view";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Month and week views of every inspection visible to the user, with holidays and drag to reschedule. */
export function CalendarPage({ year, month }: { year: number; month: number }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const [, navigate] = useLocation();
  const [search] = useSearchParams();
  const canWrite = useCan("inspections.write");
  const canWriteSector = useCan("inspections.writeSector");
  const canMove = canWrite || canWriteSector;
  const view = search.get("view") === "week" ? "week" : "month";
  const dayParam = search.get("day");
  const weekDay = dayParam && /^\d{4}-\d{2}-\d{2}$/.test(dayParam) ? dayParam : firstOfMonth(year, month);
  const week = weekOf(weekDay);
  const [target, setTarget] = useState<RescheduleTarget | null>(null);

  const monthData = useQuery(trpc.inspections.calendar.queryOptions({ year, month }));
  // A week may straddle two months: ask for the other one too.
  const last = week[6]!;
  const otherMonth = view === "week" && last.slice(0, 7) !== week[0]!.slice(0, 7) ? last : null;
  const otherData = useQuery({
    ...trpc.inspections.calendar.queryOptions({
      year: Number((otherMonth ?? last).slice(0, 4)),
      month: Number((otherMonth ?? last).slice(5, 7)),
    }),
    enabled: otherMonth !== null,
  });
  const merged = new Map<number, CalendarInspection>();
  for (const i of [
    ...(monthData.data?.inspections ?? []),
    ...(otherMonth ? (otherData.data?.inspections ?? []) : []),
  ])
    merged.set(i.id, i);
  const inspections = [...merged.values()];
  const inMonth = (monthData.data?.inspections ?? [])
    .slice()
    .sort((a, b) => a.startDate.localeCompare(b.startDate));

  const go = (y: number, m: number, v: "month" | "week" = view, day?: string) =>
    navigate(`/calendar/${y}/${m}${v === "week" ? `?view=week&day=${day ?? firstOfMonth(y, m)}` : ""}`);
  const step = (delta: number) => {
    if (view === "week") {
      const d = addDays(week[0]!, 7 * delta);
      go(Number(d.slice(0, 4)), Number(d.slice(5, 7)), "week", d);
    } else {
      const n = shiftMonth(year, month, delta);
      go(n.year, n.month);
    }
  };
  const onDrop = (id: number, date: string) => {
    const i = inspections.find((x) => x.id === id);
    if (!i || (i.status !== "draft" && i.status !== "scheduled")) return;
    setTarget({ inspection: i, ...moveWindow(i.startDate, i.endDate, date), mode: "reschedule" });
  };
  const today = todayIso();

  return (
    <Stack gap="sm" data-testid="calendar-page" data-year={year} data-month={month} data-view={view}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2}>
          {t("admin.calendar.title")} —{" "}
          {view === "week"
            ? t("admin.calendar.weekOf", { from: formatDate(week[0]), to: formatDate(week[6]) })
            : `${monthLabel(month, lang)} / ${year}`}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" size="xs" onClick={() => step(-1)} data-testid="calendar-prev">
            ← {t("admin.calendar.prev")}
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => go(Number(today.slice(0, 4)), Number(today.slice(5, 7)), view, today)}
          >
            {t("admin.calendar.today")}
          </Button>
          <Button variant="default" size="xs" onClick={() => step(1)} data-testid="calendar-next">
            {t("admin.calendar.next")} →
          </Button>
          <NativeSelect
            size="xs"
            aria-label={t("admin.calendar.month")}
            value={String(month)}
            onChange={(e) => go(year, Number(e.currentTarget.value))}
            data={MONTHS.map((m) => ({ value: String(m), label: monthLabel(m, lang) }))}
            data-testid="calendar-month-select"
          />
          <NativeSelect
            size="xs"
            aria-label={t("admin.year.pickYear")}
            value={String(year)}
            onChange={(e) => go(Number(e.currentTarget.value), month)}
            data={Array.from({ length: 7 }, (_, k) => String(Number(today.slice(0, 4)) - 4 + k))
              .concat(String(year))
              .filter((v, k, a) => a.indexOf(v) === k)
              .sort()}
            data-testid="calendar-year-select"
          />
          <SegmentedControl
            size="xs"
            aria-label={t("admin.calendar.view")}
            value={view}
            onChange={(v) =>
              go(year, month, v as "month" | "week", view === "month" ? firstOfMonth(year, month) : weekDay)
            }
            data={[
              { value: "month", label: t("admin.calendar.month") },
              { value: "week", label: t("admin.calendar.week") },
            ]}
            data-testid="calendar-view"
          />
        </Group>
      </Group>
      {canMove && (
        <Text size="xs" c="dimmed">
          {t("admin.calendar.dragHint")}
        </Text>
      )}
      <ConflictsPanel />
      {monthData.isError && <QueryError error={monthData.error} onRetry={() => void monthData.refetch()} />}
      {monthData.isPending && <Loader />}
      {monthData.isSuccess &&
        (view === "month" ? (
          <MonthView
            year={year}
            month={month}
            inspections={inspections}
            canMove={canMove}
            onDrop={onDrop}
            onOpenWeek={(d) => go(year, month, "week", d)}
          />
        ) : (
          <WeekView day={weekDay} inspections={inspections} canMove={canMove} onDrop={onDrop} />
        ))}
      {monthData.isSuccess && (
        <InspectionList
          inspections={inMonth}
          canMove={canMove}
          onReschedule={(i) =>
            setTarget({ inspection: i, startDate: i.startDate, endDate: i.endDate, mode: "reschedule" })
          }
          onSchedule={(i) =>
            setTarget({ inspection: i, startDate: i.startDate, endDate: i.endDate, mode: "schedule" })
          }
        />
      )}
      {target && (
        <RescheduleModal
          key={`${target.inspection.id}-${target.startDate}`}
          target={target}
          onClose={() => setTarget(null)}
        />
      )}
    </Stack>
  );
}
