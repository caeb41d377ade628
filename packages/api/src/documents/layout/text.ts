import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from "docx";
import { SIZE } from "./page";

/** A piece of text with its emphasis; paragraphs are built from these. */
export interface Span {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
}
export type Content = string | Span | readonly Span[];

function runs(content: Content, base: Omit<Span, "text"> = {}): TextRun[] {
  const spans: readonly Span[] =
    typeof content === "string" ? [{ text: content }] : "text" in content ? [content] : content;
  return spans.map((s) => new TextRun({ size: SIZE.body, ...base, ...s }));
}

/** NĐ 30: the body is justified, first line indented 1–1.27 cm, at least 6 pt between paragraphs, line spacing single to 1.5. */
const INDENT = 720; // 1.27 cm
const PARAGRAPH_SPACING = { before: 120, after: 0, line: 288, lineRule: LineRuleType.AUTO } as const; // 6 pt, 1.2 lines

export function body(content: Content, opts: { italics?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: PARAGRAPH_SPACING,
    keepNext: opts.keepNext,
    children: runs(content, opts.italics ? { italics: true } : {}),
  });
}

/** A section heading inside the body ("I. KẾT QUẢ KIỂM TRA", "1. Ưu điểm"): bold, indented like the body. */
export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: PARAGRAPH_SPACING,
    keepNext: true,
    children: runs(text, { bold: true }),
  });
}

/** A list line ("- …", "1. …") in the body, with emphasis where the caller asks for it. */
export const item = (content: Content) => body(content);

/** A list as official documents write it: "- a;", "- b;", the last one closed with a full stop. */
export const dashList = (xs: readonly string[]) =>
  xs.map((x, i) => body(`- ${x.replace(/[.;]$/, "")}${i === xs.length - 1 ? "." : ";"}`));

export function centered(
  content: Content,
  opts: { bold?: boolean; italics?: boolean; size?: number; before?: number } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: 0 },
    keepNext: true,
    children: runs(content, { bold: opts.bold, italics: opts.italics, size: opts.size }),
  });
}

/**
 * A solid horizontal rule of a given length, centred in a box of `boxWidth` (twips). NĐ 30 draws one under
 * the issuing body (1/3–1/2 of its line), the motto (as long as the line) and the summary line. A paragraph
 * top border narrowed by indents renders the same in Word and LibreOffice, unlike a drawn shape.
 */
export function rule(length: number, boxWidth: number): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // The gap keeps the rule clear of the dots under the capitals above it (Ộ, Ụ).
    spacing: { before: 80, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", size: 4 })],
  });
}

/** An empty line of the given height in points, for the room of a signature. */
export function space(points: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: points * 20, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: "" })],
  });
}

/**
 * Rough width of a line of Times New Roman, in twips: enough to size a rule to its line. Capitals are
 * about 0.7 em, lower case about 0.5 em, spaces a quarter (measured against LibreOffice's rendering).
 */
export function textLength(text: string, sizeHalfPoints: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.25;
    else if (/\d/.test(ch)) em += 0.5;
    else if (/[.,:;\-–/()]/.test(ch)) em += 0.3;
    else if (ch !== ch.toLowerCase()) em += bold ? 0.74 : 0.7;
    else em += bold ? 0.54 : 0.48;
  }
  return Math.round(em * sizeHalfPoints * 10);
}
