import { AlignmentType, Paragraph, TextRun } from "docx";
import type { Signer } from "../types";
import { upper } from "../vi-format";
import { type Orientation, SIZE, textWidth } from "./page";
import { placementTable } from "./tables";
import { space } from "./text";

function centeredLine(text: string, opts: { bold?: boolean; italics?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [new TextRun({ text, size: SIZE.body, ...opts })],
  });
}

/** Authority and title in bold capitals, room for the signature and seal, then the name in bold (ô 7). */
export function signatureLines(signer: Signer): Paragraph[] {
  return [
    ...(signer.authority ? [centeredLine(upper(signer.authority), { bold: true })] : []),
    centeredLine(upper(signer.title), { bold: true }),
    space(72),
    centeredLine(signer.name, { bold: true }),
  ];
}

/** "Nơi nhận:" bold italic 12 pt, then each recipient 11 pt on its own line, starting with "- " (ô 9a). */
export function recipientLines(recipients: readonly string[]): Paragraph[] {
  return [
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: "Nơi nhận:", bold: true, italics: true, size: SIZE.recipientsLabel })],
    }),
    ...recipients.map(
      (r) =>
        new Paragraph({
          keepNext: true,
          children: [new TextRun({ text: r.startsWith("-") ? r : `- ${r}`, size: SIZE.recipients })],
        }),
    ),
  ];
}

/** The closing of a document: recipients on the left, the signature on the right, level with each other. */
export function closingBlock(
  signer: Signer,
  recipients: readonly string[],
  orientation: Orientation = "portrait",
) {
  const width = textWidth(orientation);
  const left = Math.round(width * 0.45);
  return [
    space(12),
    placementTable([left, width - left], [[recipientLines(recipients), signatureLines(signer)]]),
  ];
}

/**
 * Two signatures side by side, e.g. the inspected unit and the team leader under the minutes. Headings
 * and titles share one row and the names the next, so the names stay level even when one heading wraps.
 */
export function twoSignatures(
  left: { heading: string; signer: Signer },
  right: { heading: string; signer: Signer },
  orientation: Orientation = "portrait",
) {
  const width = textWidth(orientation);
  const half = Math.round(width / 2);
  const titles = (b: { heading: string; signer: Signer }) => [
    centeredLine(upper(b.heading), { bold: true }),
    ...(b.signer.authority ? [centeredLine(upper(b.signer.authority), { bold: true })] : []),
    centeredLine(upper(b.signer.title), { bold: true }),
  ];
  const name = (b: { signer: Signer }) => [space(72), centeredLine(b.signer.name, { bold: true })];
  return [
    space(12),
    placementTable(
      [half, width - half],
      [
        [titles(left), titles(right)],
        [name(left), name(right)],
      ],
    ),
  ];
}
