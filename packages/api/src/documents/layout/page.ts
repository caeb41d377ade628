import {
  AlignmentType,
  Document,
  type FileChild,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";

/**
 * Page and type of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, margins top/bottom 20–25 mm, left 30–35 mm,
 * right 15–20 mm, Times New Roman (Unicode, TCVN 6909:2001). Lengths are in twips (1/20 pt, 1 mm ≈ 56.7).
 */
const MM = 56.7;
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
} as const;
export const FONT = "Times New Roman";

/** Font sizes in half-points, as WordprocessingML stores them. */
export const SIZE = {
  body: 28, // 14 pt: body, title, date line, signature
  head: 26, // 13 pt: issuing body, document number, tables
  nationalTitle: 24, // 12 pt: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" fits the right half of the header
  recipientsLabel: 24, // 12 pt: "Nơi nhận:"
  recipients: 22, // 11 pt: the recipients list
} as const;

export type Orientation = "portrait" | "landscape";

/** The width of the text block, which every full-width table takes. */
export function textWidth(orientation: Orientation = "portrait"): number {
  const pageWidth = orientation === "portrait" ? A4.width : A4.height;
  return pageWidth - MARGIN.left - MARGIN.right;
}

/**
 * Page numbers in Arabic numerals, 13 pt upright, centred in the header, none on the first page: the
 * section sets `titlePage`, so the first page takes the empty `first` header.
 */
function pageNumberHeaders() {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.head })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}

/** The page number sits in the top margin, 10 mm from the edge, clear of the body's 20 mm. */
const HEADER_DISTANCE = Math.round(10 * MM);

/** One A4 section in the NĐ 30 margins, numbered from page 2 on. */
export function officialSection(children: FileChild[], orientation: Orientation = "portrait") {
  return {
    headers: pageNumberHeaders(),
    properties: {
      titlePage: true,
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: orientation === "portrait" ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: { ...MARGIN, header: HEADER_DISTANCE, footer: 0, gutter: 0 },
      },
    },
    children,
  };
}

/** Packs sections into a .docx whose default run is Times New Roman 14 pt, so no run can fall back to Calibri. */
export async function packDocument(args: {
  title: string;
  sections: ReturnType<typeof officialSection>[];
}): Promise<Buffer> {
  const doc = new Document({
    title: args.title,
    creator: "PAR Inspect",
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: SIZE.body },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: args.sections,
  });
  return Packer.toBuffer(doc);
}
