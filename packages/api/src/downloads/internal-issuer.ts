import { committeeName } from "@par/domain";
import type { OrgUnitRow } from "../db/database";
import type { Issuer, Signer } from "../documents";
import { placeOf } from "./issuers";

/**
 * The inspecting unit as the issuer of its own internal-inspection documents (IV.4): a district's
 * People's Committee signs "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", a department "KT. GIÁM ĐỐC". The
 * signer's name is left blank for the clerk or the signer's hand, as for the province's documents.
 */
export function internalIssuer(
  unit: Pick<OrgUnitRow, "kind" | "name">,
  provinceName: string,
): { issuer: Issuer; decidingAuthority: string; signer: Signer } {
  const province = placeOf(provinceName);
  if (unit.kind === "district") {
    const body = committeeName(unit.kind, unit.name); // "UBND huyện Xuân Lộc"
    const place = unit.name.replace(/^(Huyện|Thị xã|Thành phố|Quận)\s+/i, "").trim();
    return {
      issuer: { name: body.replace(/^UBND /, "Ủy ban nhân dân "), place },
      decidingAuthority: `Chủ tịch ${body}`,
      signer: { authority: "KT. Chủ tịch", title: "Phó Chủ tịch", name: "" },
    };
  }
  return {
    issuer: { parent: `UBND tỉnh ${province}`, name: unit.name, place: province },
    decidingAuthority: `Giám đốc ${unit.name}`,
    signer: { authority: "KT. Giám đốc", title: "Phó Giám đốc", name: "" },
  };
}
