import { describe, expect, it } from "vitest";
import type { DossierCounts } from "../dossiers/dossier-counts";
import { dossierRates } from "../dossiers/dossier-rates";
import { exampleIndexTree } from "./example-2023";
import { dossierFigures } from "./figures";
import { computedPoints } from "./index-scoring";

/** A year of a district, by hand: 1,100 received (1,000 new), 1,000 resolved, 400 votes. */
const YEAR: DossierCounts = {
  receivedOnline: 600,
  receivedDirect: 350,
  receivedPostal: 50,
  carriedOver: 100,
  resolvedEarly: 400,
  resolvedOnTime: 585,
  resolvedLate: 15,
  pendingNotDue: 70,
  pendingOverdue: 10,
  returnedWithdrawn: 20,
  fullyOnline: 300,
  payable: 200,
  paidOnline: 50,
  digitisedComponents: 800,
  digitisedResults: 700,
  electronicResults: 450,
  satisfiedVotes: 380,
  totalVotes: 400,
};

describe("the PAR index's dossier figures", () => {
  it("come from the year's rates: 985/1,000 on time, 600/1,000 online, 800/1,000 digitised, 380/400 satisfied", () => {
    expect(dossierFigures(dossierRates(YEAR))).toEqual({
      dossier_on_time_rate: 98.5,
      online_service_rate: 60,
      digitisation_rate: 80,
      satisfaction_rate: 95,
    });
  });

  it("score the example tree's criterion 3.2.1 (dossiers resolved on time) from the imported counts", () => {
    const rule = exampleIndexTree(2023, "district").nodes.find((x) => x.code === "3.2.1")!.rule!;
    expect(computedPoints(rule, 3, dossierFigures(dossierRates(YEAR)))).toBe(2);
    expect(computedPoints(rule, 3, dossierFigures(null))).toBeNull();
  });

  it("are 'no data' for a year with no figures, never 0", () => {
    expect(Object.values(dossierFigures(null))).toEqual([null, null, null, null]);
  });
});
