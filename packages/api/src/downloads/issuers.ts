import { committeeName, findLeadBody, type LeadBody, type PlanTemplate, type UnitKind } from "@par/domain";
import type { Issuer, Signer } from "../documents";

/**
 * What the database does not hold about the issuing body of a document: its symbol in document numbers,
 * who decides and who signs. Defaults per lead body (cơ quan chủ trì): a department signs "KT. GIÁM ĐỐC /
 * PHÓ GIÁM ĐỐC", the provincial office "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG". The signer's name
 * is left blank: the clerk types it, or the signer writes it by hand. See docs/files.md.
 */
export interface IssuingBody {
  issuer: Issuer;
  /** Symbol after the document kind: "SNV" in "12/QĐ-SNV". */
  symbol: string;
  /** "Giám đốc Sở Nội vụ": who decides (Quyết định) and whom documents cite as the issuer. */
  head: string;
  signer: Signer;
}

/** "Tỉnh Đồng Nai" → "Đồng Nai": the place name (địa danh) of the date line. */
export function placeOf(provinceName: string): string {
  return provinceName.replace(/^(Tỉnh|Thành phố)\s+/i, "").trim() || provinceName;
}

/** "Sở Lao động – Thương binh và Xã hội" → "SLĐTBXH": the usual initials, Vietnamese letters kept. */
export function symbolOf(name: string): string {
  return name
    .split(/[\s–-]+/)
    .filter((w) => w && !["và", "và"].includes(w.toLowerCase()))
    .map((w) => w[0]!.toLocaleUpperCase("vi-VN"))
    .join("");
}

export function issuingBody(template: PlanTemplate, leadBody: string, provinceName: string): IssuingBody {
  const body: LeadBody | undefined = findLeadBody(template, leadBody);
  const name = body?.vi ?? leadBody;
  const place = placeOf(provinceName);
  const parent = `UBND tỉnh ${place}`;
  if (body?.kind === "office") {
    return {
      issuer: { parent, name, place },
      symbol: "VPUBND",
      head: `Chánh ${name}`,
      signer: { authority: "KT. Chánh Văn phòng", title: "Phó Chánh Văn phòng", name: "" },
    };
  }
  return {
    issuer: { parent, name, place },
    symbol: symbolOf(name),
    head: `Giám đốc ${name}`,
    signer: { authority: "KT. Giám đốc", title: "Phó Giám đốc", name: "" },
  };
}

/** The home-affairs body of the template (Sở Nội vụ): it consolidates and reports (R8). */
export function homeAffairsCode(template: PlanTemplate): string {
  return template.leadBodies.find((b) => b.kind === "home_affairs")?.code ?? template.leadBodies[0]!.code;
}

/** A number left for the clerk: "      /QĐ-SNV" in the header (documentNumber pads the blank). */
export const blankNumber = (kind: string, symbol: string) => `/${kind}-${symbol}`;

/** The inspected body as documents name it: "UBND phường Trảng Dài", "UBND huyện Xuân Lộc" (committeeName). */
export function inspectedBodyName(kind: UnitKind | string, name: string): string {
  return committeeName(kind, name);
}
