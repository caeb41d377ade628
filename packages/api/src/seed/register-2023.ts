import { foldVietnamese, kindOfGsoType, tierOfKind, type UnitKind } from "@par/domain";
import { agencyCode } from "./agency-codes";
import { AGENCY_STRUCTURE } from "./demo-agency-structure";
import { districtDivisions } from "./demo-district-structure";
import { loadAgencies2023, loadUnits2023, REGISTER_START } from "./reference-data";

/** One unit to seed, its parent named by code (ids exist only after the insert). */
export interface PlannedUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  manySubordinates: boolean;
  hasOneStopShop: boolean;
  isDemo: boolean;
}

const stripPrefix = (name: string) => name.replace(/^(Thành phố|Thị xã|Huyện) /, "");
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The Đồng Nai register as of 2023, in insert order (parents before children): the real province,
 * 21 agencies, 11 districts and 170 communes, plus invented (is_demo) divisions and subordinate units.
 */
export function planRegister2023(): PlannedUnit[][] {
  const gso = loadUnits2023();
  const province = gso.find((u) => u.parentCode === null);
  if (!province) throw new Error("dong-nai-units-2023.json has no province");
  const districts = gso.filter((u) => u.parentCode === province.code);
  const communes = gso.filter((u) => u.parentCode !== null && u.parentCode !== province.code);
  const agencies = loadAgencies2023();

  const unit = (p: Partial<PlannedUnit> & Pick<PlannedUnit, "code" | "name" | "kind" | "parentCode">) => ({
    manySubordinates: false,
    hasOneStopShop: false,
    isDemo: false,
    ...p,
  });

  const level0 = [unit({ code: province.code, name: province.name, kind: "province", parentCode: null })];
  const level1 = [
    ...agencies.map((a) =>
      unit({
        code: agencyCode(a.name),
        name: a.name,
        kind: a.kind,
        parentCode: province.code,
        manySubordinates: a.manySubordinates ?? false,
        hasOneStopShop: a.kind !== "office", // the office's one-stop shop is its Trung tâm PVHCC
      }),
    ),
    ...districts.map((d) =>
      unit({
        code: d.code,
        name: d.name,
        kind: kindOfGsoType(d.type, "district"),
        parentCode: province.code,
        hasOneStopShop: true,
      }),
    ),
  ];

  const level2: PlannedUnit[] = communes.map((c) =>
    unit({
      code: c.code,
      name: c.name,
      kind: kindOfGsoType(c.type, "commune"),
      parentCode: c.parentCode,
      hasOneStopShop: true,
    }),
  );
  for (const a of agencies) {
    const code = agencyCode(a.name);
    const structure = AGENCY_STRUCTURE[code] ?? { divisions: [], subordinates: [] };
    const own = a.kind === "department" ? [`Văn phòng ${a.name}`, `Thanh tra ${a.name}`] : [];
    if (a.kind === "agency") own.push(`Văn phòng ${a.name}`);
    [...own, ...structure.divisions].forEach((name, i) => {
      level2.push(
        unit({
          code: `${code}.P${String(i + 1).padStart(2, "0")}`,
          name,
          kind: "division",
          parentCode: code,
          isDemo: true,
          hasOneStopShop: structure.oneStopDivisions?.includes(name) ?? false,
        }),
      );
    });
    const subordinates = [...structure.subordinates];
    if (code === "STNMT") {
      subordinates.push(
        ...districts.map((d) => `Chi nhánh Văn phòng Đăng ký đất đai ${stripPrefix(d.name)}`),
      );
    }
    subordinates.forEach((name, i) => {
      level2.push(
        unit({
          code: `${code}.DV${String(i + 1).padStart(2, "0")}`,
          name,
          kind: "subordinate",
          parentCode: code,
          isDemo: true,
        }),
      );
    });
  }
  for (const d of districts) {
    for (const div of districtDivisions(d.type)) {
      level2.push(
        unit({
          code: `${d.code}.${div.suffix}`,
          name: `${div.name} ${lowerFirst(d.name)}`,
          kind: "division",
          parentCode: d.code,
          isDemo: true,
          hasOneStopShop: div.suffix === "VP", // Bộ phận Một cửa sits in the district office
        }),
      );
    }
  }
  return [level0, level1, level2];
}

export function toNewOrgUnit(p: PlannedUnit, parentId: number | null, now: Date, validFrom = REGISTER_START) {
  return {
    code: p.code,
    name: p.name,
    search_name: foldVietnamese(p.name),
    kind: p.kind,
    tier: tierOfKind(p.kind),
    parent_id: parentId,
    many_subordinates: p.manySubordinates,
    has_one_stop_shop: p.hasOneStopShop,
    valid_from: validFrom,
    valid_to: null,
    is_demo: p.isDemo,
    created_at: now,
    updated_at: now,
  };
}
