import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** LibreOffice, when this machine has it: the render test is skipped otherwise. */
export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

/** Converts a .docx to PDF under /tmp (never in the repository) and returns the PDF's text and page count. */
export function renderPdf(name: string, docx: Buffer): { pdf: string; text: string; pages: number } {
  const dir = "/tmp/par-documents";
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync(SOFFICE ?? "soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], {
    stdio: "ignore",
    timeout: 120_000,
    env: { ...process.env, HOME: "/tmp/par-documents/home" },
  });
  const pdf = join(dir, `${name}.pdf`);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { pdf, text, pages };
}
