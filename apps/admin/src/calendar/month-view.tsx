import { UnstyledButton } from "@mantine/core";
import { useLang, weekdayLabels } from "@par/ui";
import { DayCell } from "./day-cell";
import { type CalendarInspection, InspectionChip, movable } from "./inspection-chip";
import { monthWeeks } from "./month-grid";

const MAX_CHIPS = 3;

export function onDay(inspections: readonly CalendarInspection[], date: string): CalendarInspection[] {
  return inspections.filter((i) => i.startDate <= date && date <= i.endDate);
}

/** The month as Monday-first weeks; a day with many inspections offers "+N" to open its week. */
export function MonthView({
  year,
  month,
  inspections,
  canMove,
  onDrop,
  onOpenWeek,
}: {
  year: number;
  month: number;
  inspections: readonly CalendarInspection[];
  canMove: boolean;
  onDrop: (inspectionId: number, date: string) => void;
  onOpenWeek: (date: string) => void;
}) {
  const { lang } = useLang();
  const prefix = `${year}-${String(month).padStart(2, "0")}`;
  return (
    <table
      data-testid="calendar-month"
      style={{
        width: "100%",
        borderCollapse: "collapse",
        tableLayout: "fixed",
        background: "var(--mantine-color-body)",
      }}
    >
      <thead>
        <tr>
          {weekdayLabels(lang).map((d) => (
            <th
              key={d}
              scope="col"
              style={{ fontSize: 12, padding: 4, border: "1px solid var(--mantine-color-gray-3)" }}
            >
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week) => (
          <tr key={week[0]}>
            {week.map((date) => {
              const day = onDay(inspections, date);
              return (
                <DayCell
                  key={date}
                  date={date}
                  outside={!date.startsWith(prefix)}
                  minHeight={84}
                  {...(canMove ? { onDropInspection: onDrop } : {})}
                >
                  {day.slice(0, MAX_CHIPS).map((i) => (
                    <InspectionChip key={i.id} inspection={i} draggable={canMove && movable(i)} />
                  ))}
                  {day.length > MAX_CHIPS && (
                    <UnstyledButton
                      fz={11}
                      c="blue.8"
                      onClick={() => onOpenWeek(date)}
                      data-testid="calendar-more"
                    >
                      +{day.length - MAX_CHIPS}
                    </UnstyledButton>
                  )}
                </DayCell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
