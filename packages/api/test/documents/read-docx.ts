import JSZip from "jszip";

async function part(buffer: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name} in the package`);
  return file.async("string");
}

/** word/document.xml of a generated .docx. */
export const documentXml = (buffer: Buffer) => part(buffer, "word/document.xml");

/** The default run font of the document (w:docDefaults in word/styles.xml), e.g. "Times New Roman". */
export async function defaultFont(buffer: Buffer): Promise<string | undefined> {
  const styles = await part(buffer, "word/styles.xml");
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
  return /<w:rFonts [^>]*w:ascii="([^"]+)"/.exec(defaults)?.[1];
}

/** The page size of the (first) section: [width, height] in twips. */
export function pageSize(xml: string): [number, number] {
  const m = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml);
  if (!m) throw new Error("no w:pgSz");
  return [Number(m[1]), Number(m[2])];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The paragraphs of the document as plain text, one per line (table cells are paragraphs too). */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")),
  );
}

export const plainText = (xml: string) => paragraphs(xml).join("\n");

/** The run properties (w:rPr) of the run whose text is exactly `text`. */
export function runProperties(xml: string, text: string): string {
  for (const r of xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
    const t = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(r[1] ?? "");
    if (t && decode(t[1] ?? "") === text) return /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(r[1] ?? "")?.[0] ?? "";
  }
  throw new Error(`no run with text "${text}"`);
}

/** The XML of the paragraph whose text is exactly `text`. */
export function paragraphXml(xml: string, text: string): string {
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if (paragraphs(p[0])[0] === text) return p[0];
  }
  throw new Error(`no paragraph "${text}"`);
}

/** The field codes (PAGE, NUMPAGES…) of a part, simple or complex fields alike. */
const fieldCodes = (xml: string) => [
  ...[...xml.matchAll(/<w:instrText(?: [^>]*)?>([^<]*)<\/w:instrText>/g)].map((m) => (m[1] ?? "").trim()),
  ...[...xml.matchAll(/<w:fldSimple [^>]*w:instr="([^"]*)"/g)].map((m) => (m[1] ?? "").trim()),
];

/** How the (first) section numbers its pages: w:titlePg, and what its default and first-page headers hold. */
export async function pageNumbering(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const doc = await part(buffer, "word/document.xml");
  const sectPr = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(doc)?.[0] ?? "";
  const rels = await part(buffer, "word/_rels/document.xml.rels");
  const header = async (type: "default" | "first") => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sectPr)?.[1];
    if (!id) return null;
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const xml = (await zip.file(`word/${target}`)?.async("string")) ?? "";
    return {
      fields: fieldCodes(xml),
      centred: /<w:jc w:val="center"\/>/.test(xml),
      fonts: [...new Set([...xml.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1]))],
      sizes: [...new Set([...xml.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1])))],
    };
  };
  return {
    titlePage: /<w:titlePg\/>|<w:titlePg w:val="(?:1|true|on)"\/>/.test(sectPr),
    header: await header("default"),
    firstPageHeader: await header("first"),
  };
}
