import { holidayOn, isWeekend, isWorkingDay } from "@par/domain";
import { useLang } from "@par/ui";
import { type ReactNode, useState } from "react";

/**
 * A day of the calendar: holiday (name from the domain's calendar) and weekend shaded; a drop target
 * when `onDropInspection` is given (HTML5 drag and drop of a chip).
 */
export function DayCell({
  date,
  outside,
  minHeight,
  onDropInspection,
  children,
}: {
  date: string;
  outside: boolean;
  minHeight: number;
  onDropInspection?: (inspectionId: number, date: string) => void;
  children: ReactNode;
}) {
  const { t, lang } = useLang();
  const [over, setOver] = useState(false);
  const holiday = holidayOn(date);
  const weekend = isWeekend(date) && !isWorkingDay(date);
  const background = over
    ? "var(--mantine-color-blue-1)"
    : holiday
      ? "var(--mantine-color-red-0)"
      : weekend
        ? "var(--mantine-color-gray-1)"
        : "var(--mantine-color-body)";
  return (
    <td
      data-testid={`calendar-day-${date}`}
      data-holiday={holiday ? "true" : undefined}
      data-weekend={weekend ? "true" : undefined}
      onDragOver={
        onDropInspection
          ? (e) => {
              e.preventDefault();
              e.dataTransfer.dropEffect = "move";
              setOver(true);
            }
          : undefined
      }
      onDragLeave={onDropInspection ? () => setOver(false) : undefined}
      onDrop={
        onDropInspection
          ? (e) => {
              e.preventDefault();
              setOver(false);
              const id = Number(e.dataTransfer.getData("text/plain"));
              if (Number.isInteger(id) && id > 0) onDropInspection(id, date);
            }
          : undefined
      }
      style={{
        verticalAlign: "top",
        border: "1px solid var(--mantine-color-gray-3)",
        padding: 3,
        height: minHeight,
        background,
        opacity: outside ? 0.55 : 1,
        overflow: "hidden",
      }}
    >
      <div style={{ display: "flex", gap: 4, alignItems: "baseline", fontSize: 12, marginBottom: 2 }}>
        <span style={{ fontWeight: 700, color: holiday ? "var(--mantine-color-red-8)" : undefined }}>
          {Number(date.slice(8, 10))}
        </span>
        {holiday && (
          <span
            title={`${t("admin.calendar.holiday")}: ${holiday[lang]}`}
            style={{
              color: "var(--mantine-color-red-8)",
              fontSize: 10,
              overflow: "hidden",
              whiteSpace: "nowrap",
              textOverflow: "ellipsis",
            }}
            data-testid="calendar-holiday"
          >
            {holiday[lang]}
          </span>
        )}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 2 }}>{children}</div>
    </td>
  );
}
