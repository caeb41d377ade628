import type { RouterOutputs } from "@par/api/types";
import type { InspectionStatus } from "@par/domain";
import { useLang } from "@par/ui";
import { Link } from "wouter";

export type CalendarInspection = RouterOutputs["inspections"]["calendar"]["inspections"][number];

/** Status colors (Mantine palette names), shared by chips and the list. */
export const STATUS_COLORS: Record<InspectionStatus, string> = {
  draft: "gray",
  scheduled: "blue",
  notified: "indigo",
  in_progress: "orange",
  findings_recorded: "yellow",
  concluded: "teal",
  closed: "green",
  cancelled: "red",
};

/** Only these may be moved (inspections.reschedule: draft or scheduled). */
export function movable(i: CalendarInspection): boolean {
  return i.status === "draft" || i.status === "scheduled";
}

/**
 * One inspection on a day: a link to /inspections/:id colored by status, a dashed border for a surprise
 * inspection; draggable onto another day when the user may reschedule it.
 */
export function InspectionChip({
  inspection,
  draggable,
  wrap = false,
}: {
  inspection: CalendarInspection;
  draggable: boolean;
  /** Whole names on several lines (the week view) instead of one truncated line (the month view). */
  wrap?: boolean;
}) {
  const { t } = useLang();
  const color = STATUS_COLORS[inspection.status];
  const status = t(`admin.insp.status.${inspection.status}`);
  const form = t(`admin.insp.form.${inspection.form}`);
  return (
    <Link
      href={`/inspections/${inspection.id}`}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.setData("text/plain", String(inspection.id));
        e.dataTransfer.effectAllowed = "move";
      }}
      title={`${inspection.targetUnit.name} — ${status} — ${form}${inspection.tentative ? ` (${t("admin.calendar.tentative")})` : ""}`}
      aria-label={t("admin.calendar.chipLabel", { name: inspection.targetUnit.name, status, form })}
      data-testid="calendar-chip"
      data-inspection-id={inspection.id}
      data-status={inspection.status}
      data-form={inspection.form}
      style={{
        display: "block",
        fontSize: 11,
        lineHeight: "16px",
        padding: "0 4px",
        borderRadius: 4,
        overflow: "hidden",
        whiteSpace: wrap ? "normal" : "nowrap",
        textOverflow: "ellipsis",
        textDecoration: inspection.status === "cancelled" ? "line-through" : "none",
        color: `var(--mantine-color-${color}-9)`,
        background: `var(--mantine-color-${color}-1)`,
        border: `1px ${inspection.form === "surprise" ? "dashed" : "solid"} var(--mantine-color-${color}-5)`,
        fontStyle: inspection.tentative ? "italic" : "normal",
        cursor: draggable ? "grab" : "pointer",
      }}
    >
      {inspection.form === "surprise" ? "⚡ " : ""}
      {inspection.targetUnit.name}
    </Link>
  );
}
