/**
 * Inputs shared by every official document. They are plain data so that a route can fill them from
 * database rows (dates stay "yyyy-mm-dd" strings, as the database and the domain hold them) plus the
 * few facts the database does not keep: who signs and who receives a copy.
 */

/** A calendar date "yyyy-mm-dd". */
export type IsoDate = string;

/** The issuing body block at the top left (Nghị định 30/2020/NĐ-CP, ô 2). */
export interface Issuer {
  /** The governing body (cơ quan chủ quản), printed upright in capitals, e.g. "UBND tỉnh Đồng Nai". Omit it when the issuer is itself the top body (UBND tỉnh). */
  parent?: string;
  /** The issuing body (cơ quan ban hành), printed bold in capitals, e.g. "Sở Nội vụ". */
  name: string;
  /** The place of the date line (địa danh), e.g. "Đồng Nai". */
  place: string;
}

/** The heading facts of a document: who issues it, its number and its date. */
export interface DocumentHead {
  issuer: Issuer;
  /** Number and symbol, e.g. "12/QĐ-SNV". A draft may leave the number out ("/QĐ-SNV"): the clerk fills it on registration. */
  number: string;
  date: IsoDate;
}

/** The signature block (ô 7): authority, title, name. */
export interface Signer {
  /** Signing on behalf (quyền hạn ký), e.g. "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; omit when the head signs. */
  authority?: string;
  /** Title of the signer, e.g. "Phó Giám đốc". */
  title: string;
  name: string;
}

/** A reference to the year's plan, as the plans table holds it. */
export interface PlanRef {
  /** e.g. "284/KH-UBND". */
  number: string;
  date: IsoDate;
  /** e.g. "UBND tỉnh Đồng Nai". */
  issuer: string;
  year: number;
}

/** A reference to an earlier document, e.g. the decision that formed the team. */
export interface DocumentRef {
  /** e.g. "Quyết định". */
  kind: string;
  number: string;
  date: IsoDate;
  /** e.g. "Giám đốc Sở Nội vụ". */
  issuer: string;
}
