import { AlignmentType, Paragraph, TextRun } from "docx";
import type { DocumentHead } from "../types";
import { documentNumber, placeDateLine, upper } from "../vi-format";
import { type Orientation, SIZE, textWidth } from "./page";
import { placementTable } from "./tables";
import { rule, textLength } from "./text";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

function line(text: string, opts: { bold?: boolean; italics?: boolean; size: number; before?: number }) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: 0 },
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italics, size: opts.size })],
  });
}

/**
 * The heading of NĐ 30 (ô 1–5) as a borderless two-column table: on the left the governing body
 * (upright capitals), the issuing body (bold capitals) with a short rule, and "Số: …"; on the right the
 * national title, the motto with a rule as long as itself, and the place-and-date line in italics.
 * The number and the date sit in a second row so that they stay level with each other.
 * An annex has neither number nor date of its own: `head.number` and `head.date` may then be omitted.
 */
export function documentHeader(
  head: { issuer: DocumentHead["issuer"]; number?: string; date?: string },
  orientation: Orientation = "portrait",
) {
  const width = textWidth(orientation);
  const left = Math.round(width * 0.4);
  const right = width - left;
  const issuer = upper(head.issuer.name);
  const issuerBlock = [
    ...(head.issuer.parent ? [line(upper(head.issuer.parent), { size: SIZE.head })] : []),
    line(issuer, { bold: true, size: SIZE.head }),
    rule(Math.round(Math.min(textLength(issuer, SIZE.head, true), left) * 0.45), left),
  ];
  const nationalBlock = [
    line(NATIONAL_TITLE, { bold: true, size: SIZE.nationalTitle }),
    line(MOTTO, { bold: true, size: SIZE.head }),
    rule(textLength(MOTTO, SIZE.head, true), right),
  ];
  const rows = [[issuerBlock, nationalBlock]];
  if (head.number !== undefined && head.date !== undefined) {
    rows.push([
      [line(`Số: ${documentNumber(head.number)}`, { size: SIZE.head, before: 120 })],
      [line(placeDateLine(head.issuer.place, head.date), { italics: true, size: SIZE.body, before: 120 })],
    ]);
  }
  return placementTable([left, right], rows);
}
