import type { InspectionForm } from "@par/domain";
import { documentHeader } from "../layout/header";
import { officialSection, packDocument, textWidth } from "../layout/page";
import { columnWidths, dataTable } from "../layout/tables";
import { centered, rule } from "../layout/text";
import { formLabel, leadBodyLabel, templateOf } from "../template-text";
import type { IsoDate, Issuer, PlanRef } from "../types";
import { shortDate, upper } from "../vi-format";

export interface ScheduleLine {
  unitName: string;
  form: InspectionForm;
  startDate: IsoDate;
  endDate: IsoDate;
  /** Lead-body code of the template (or a name). */
  leadBody: string;
  note?: string;
}

/** Lịch kiểm tra CCHC năm <year>: the annex (phụ lục) to the plan, on landscape A4. */
export interface InspectionScheduleInput {
  /** The plan's issuer, e.g. { name: "UBND tỉnh Đồng Nai", place: "Đồng Nai" }. */
  issuer: Issuer;
  templateId: string;
  plan: PlanRef;
  /** "I", "01", …: the annex's number when the plan has several. */
  annexNumber?: string;
  inspections: readonly ScheduleLine[];
}

/**
 * Surprise inspections never appear: the schedule goes to every unit, and a surprise must stay
 * invisible to the inspected unit until it starts (R5).
 */
export function scheduledLines(lines: readonly ScheduleLine[]): ScheduleLine[] {
  return lines
    .filter((l) => l.form !== "surprise")
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.unitName.localeCompare(b.unitName, "vi"));
}

export async function inspectionScheduleDocx(input: InspectionScheduleInput): Promise<Buffer> {
  const template = templateOf(input.templateId);
  const width = textWidth("landscape");
  const w = columnWidths(width, [5, 27, 21, 24, 15, 8]);
  const title = `Lịch kiểm tra cải cách hành chính năm ${input.plan.year}`;
  const children = [
    documentHeader({ issuer: input.issuer }, "landscape"),
    centered(`Phụ lục${input.annexNumber ? ` ${input.annexNumber}` : ""}`, { bold: true, before: 360 }),
    centered(upper(title), { bold: true }),
    centered(
      `(Kèm theo Kế hoạch số ${input.plan.number} ngày ${shortDate(input.plan.date)} của ${input.plan.issuer})`,
      {
        italics: true,
      },
    ),
    rule(Math.round(width * 0.15), width),
    centered("", { before: 120 }),
    dataTable(
      [
        { header: "STT", width: w[0] ?? 0, align: "center" },
        { header: "Đơn vị được kiểm tra", width: w[1] ?? 0 },
        { header: "Hình thức", width: w[2] ?? 0 },
        { header: "Thời gian", width: w[3] ?? 0, align: "center" },
        { header: "Cơ quan chủ trì", width: w[4] ?? 0 },
        { header: "Ghi chú", width: w[5] ?? 0 },
      ],
      scheduledLines(input.inspections).map((l, i) => [
        String(i + 1),
        l.unitName,
        formLabel(template, l.form),
        `${shortDate(l.startDate)} – ${shortDate(l.endDate)}`,
        leadBodyLabel(template, l.leadBody),
        l.note ?? "",
      ]),
    ),
  ];
  return packDocument({ title, sections: [officialSection(children, "landscape")] });
}
