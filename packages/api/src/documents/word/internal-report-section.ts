import { officialSection, packDocument, textWidth } from "../layout/page";
import { columnWidths, dataTable } from "../layout/tables";
import { body, heading } from "../layout/text";
import type { IsoDate } from "../types";
import { percent, shortDate } from "../vi-format";

/** The internal-inspection part of a unit's CCHC report (IV.4, R11), for a quarter or the year. */
export interface InternalReportFacts {
  unitName: string;
  /** "quý II năm 2023" or "năm 2023". */
  periodVi: string;
  from: IsoDate;
  to: IsoDate;
  duty: { pct: number; poolSize: number; required: number; done: number; planned: number };
  inspections: readonly {
    targetName: string;
    conductedOn: IsoDate | null;
    startDate: IsoDate;
    statusVi: string;
    notice: string | null;
    summary: string | null;
    recommendations: number;
  }[];
  recommendations: readonly {
    targetName: string;
    text: string;
    deadline: IsoDate;
    done: boolean;
    doneOn: IsoDate | null;
    overdue: boolean;
  }[];
}

/** Plain paragraphs and two tables, no letterhead: the unit pastes them into its own report. */
export async function internalReportSectionDocx(f: InternalReportFacts): Promise<Buffer> {
  const recs = f.recommendations;
  const done = recs.filter((r) => r.done).length;
  const overdue = recs.filter((r) => r.overdue).length;
  const [a, b, c, d, e] = columnWidths(textWidth(), [6, 30, 14, 34, 16]);
  const [ra, rb, rc, rd, re] = columnWidths(textWidth(), [6, 26, 40, 14, 14]);
  const children = [
    heading(`CÔNG TÁC KIỂM TRA NỘI BỘ VỀ CẢI CÁCH HÀNH CHÍNH ${f.periodVi.toUpperCase()}`),
    body(
      `Thực hiện mục IV.4 Kế hoạch số 284/KH-UBND ngày 29/12/2022 của UBND tỉnh, ${f.unitName} phải kiểm tra nội bộ ít nhất ${f.duty.pct}% trong tổng số ${f.duty.poolSize} cơ quan, đơn vị trực thuộc và thuộc phạm vi quản lý (${f.duty.required} đơn vị). Lũy kế đến ngày ${shortDate(f.to)}, đơn vị đã kiểm tra ${f.duty.done}/${f.duty.poolSize} đơn vị (${percent(f.duty.done, f.duty.poolSize)}), đã lên kế hoạch ${f.duty.planned} đơn vị.`,
    ),
    body(
      `Trong ${f.periodVi} (từ ${shortDate(f.from)} đến ${shortDate(f.to)}), đơn vị tiến hành ${f.inspections.length} cuộc kiểm tra nội bộ, ban hành ${recs.length} kiến nghị; đã hoàn thành ${done} kiến nghị, còn ${recs.length - done} kiến nghị đang thực hiện (trong đó ${overdue} kiến nghị quá hạn).`,
    ),
    dataTable(
      [
        { header: "STT", width: a ?? 0, align: "center" },
        { header: "Đơn vị được kiểm tra", width: b ?? 0 },
        { header: "Ngày kiểm tra", width: c ?? 0, align: "center" },
        { header: "Kết quả, kết luận", width: d ?? 0 },
        { header: "Số kiến nghị", width: e ?? 0, align: "center" },
      ],
      f.inspections.map((i, n) => [
        String(n + 1),
        i.targetName,
        shortDate(i.conductedOn ?? i.startDate),
        i.notice
          ? `${i.statusVi} (Thông báo số ${i.notice}): ${i.summary ?? ""}`
          : `${i.statusVi}${i.summary ? `: ${i.summary}` : ""}`,
        String(i.recommendations),
      ]),
    ),
    body("Tình hình thực hiện kiến nghị sau kiểm tra nội bộ:"),
    dataTable(
      [
        { header: "STT", width: ra ?? 0, align: "center" },
        { header: "Đơn vị", width: rb ?? 0 },
        { header: "Nội dung kiến nghị", width: rc ?? 0 },
        { header: "Thời hạn", width: rd ?? 0, align: "center" },
        { header: "Tình trạng", width: re ?? 0, align: "center" },
      ],
      recs.map((r, n) => [
        String(n + 1),
        r.targetName,
        r.text,
        shortDate(r.deadline),
        r.done
          ? `Đã hoàn thành ${r.doneOn ? shortDate(r.doneOn) : ""}`.trim()
          : r.overdue
            ? "Quá hạn"
            : "Đang thực hiện",
      ]),
    ),
  ];
  return packDocument({
    title: `Kết quả kiểm tra nội bộ ${f.periodVi} – ${f.unitName}`,
    sections: [officialSection(children)],
  });
}
