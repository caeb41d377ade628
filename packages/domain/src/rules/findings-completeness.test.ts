import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import { checklistItemCodes, missingFindings } from "./findings-completeness";
import { buildChecklist } from "./follow-up-checklist";

const t = PLAN_TEMPLATES["dong-nai-2023"];

describe("findings completeness", () => {
  it("lists the checklist's items in order, area 5 included when recommendations are open", () => {
    const open = [{ id: 1, text: "Niêm yết TTHC", deadline: "2022-12-31", conclusionYear: 2022 }];
    const checklist = buildChecklist(t, ["4", "1"], open, 2023);
    expect(checklistItemCodes(checklist)).toEqual(["1a", "1b", "4", "5.r1"]);
    expect(missingFindings(checklist, ["1a", "4"])).toEqual(["1b", "5.r1"]);
    expect(missingFindings(checklist, ["1a", "1b", "4", "5.r1", "3a"])).toEqual([]);
  });

  it("needs every open recommendation of area 5 rated, from both sources, before it is complete", () => {
    const open = [
      { id: 1, text: "Niêm yết TTHC", deadline: "2022-12-31", conclusionYear: 2022 },
      {
        id: 1,
        text: "Cập nhật sổ theo dõi",
        deadline: null,
        conclusionYear: 2021,
        source: "earlier" as const,
      },
    ];
    const checklist = buildChecklist(t, ["4"], open, 2023);
    expect(checklistItemCodes(checklist)).toEqual(["4", "5.r1", "5.e1"]);
    // The plain item "5" no longer stands for all of them.
    expect(missingFindings(checklist, ["4", "5", "5.r1"])).toEqual(["5.e1"]);
  });

  it("keeps the template's item 5 when area 5 is chosen with nothing open", () => {
    expect(checklistItemCodes(buildChecklist(t, ["5"], [], 2023))).toEqual(["5"]);
  });
});
