import { describe, expect, it } from "vitest";
import { PLAN_TEMPLATES } from "../templates/registry";
import { checklistItemCodes, missingFindings } from "./findings-completeness";
import { buildChecklist } from "./follow-up-checklist";

const t = PLAN_TEMPLATES["dong-nai-2023"];

describe("findings completeness", () => {
  it("lists the checklist's items in order, area 5 included when recommendations are open", () => {
    const open = [{ id: 1, text: "Niêm yết TTHC", deadline: "2022-12-31", conclusionYear: 2022 }];
    const checklist = buildChecklist(t, ["4", "1"], open, 2023);
    expect(checklistItemCodes(checklist)).toEqual(["1a", "1b", "4", "5"]);
    expect(missingFindings(checklist, ["1a", "4"])).toEqual(["1b", "5"]);
    expect(missingFindings(checklist, ["1a", "1b", "4", "5", "3a"])).toEqual([]);
  });
});
