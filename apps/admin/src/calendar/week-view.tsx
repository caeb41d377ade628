import { formatDate, useLang, weekdayLabels } from "@par/ui";
import { DayCell } from "./day-cell";
import { type CalendarInspection, InspectionChip, movable } from "./inspection-chip";
import { weekOf } from "./month-grid";
import { onDay } from "./month-view";

/** One week, Monday to Sunday, every inspection of each day listed. */
export function WeekView({
  day,
  inspections,
  canMove,
  onDrop,
}: {
  day: string;
  inspections: readonly CalendarInspection[];
  canMove: boolean;
  onDrop: (inspectionId: number, date: string) => void;
}) {
  const { lang } = useLang();
  const days = weekOf(day);
  const labels = weekdayLabels(lang);
  return (
    <table
      data-testid="calendar-week"
      style={{
        width: "100%",
        borderCollapse: "collapse",
        tableLayout: "fixed",
        background: "var(--mantine-color-body)",
      }}
    >
      <thead>
        <tr>
          {days.map((d, i) => (
            <th
              key={d}
              scope="col"
              style={{ fontSize: 12, padding: 4, border: "1px solid var(--mantine-color-gray-3)" }}
            >
              {labels[i]} {formatDate(d).slice(0, 5)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {days.map((d) => (
            <DayCell
              key={d}
              date={d}
              outside={false}
              minHeight={240}
              {...(canMove ? { onDropInspection: onDrop } : {})}
            >
              {onDay(inspections, d).map((i) => (
                <InspectionChip key={i.id} inspection={i} draggable={canMove && movable(i)} wrap />
              ))}
            </DayCell>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
