import { DOSSIER_COLUMNS, DOSSIER_COUNT_FIELDS, type DossierCounts } from "@par/domain";

/** A month that adds up: 1,000 new + 100 carried over = 1,000 resolved (on time share `onTime`) + 80 pending (3 overdue) + 20 returned. */
export function goodMonth(onTime = 0.97): DossierCounts {
  const late = Math.round(1000 * (1 - onTime));
  return {
    receivedOnline: 600,
    receivedDirect: 350,
    receivedPostal: 50,
    carriedOver: 100,
    resolvedEarly: 400,
    resolvedOnTime: 600 - late,
    resolvedLate: late,
    pendingNotDue: 77,
    pendingOverdue: 3,
    returnedWithdrawn: 20,
    fullyOnline: 300,
    payable: 200,
    paidOnline: 80,
    digitisedComponents: 800,
    digitisedResults: 700,
    electronicResults: 600,
    satisfiedVotes: 380,
    totalVotes: 400,
  };
}

/** The import sheet as CSV (header + one line per row), base64 as the client sends it. */
export function dossierSheet(
  rows: readonly { code: string; year: number; month: number; counts: DossierCounts }[],
) {
  const lines = [
    DOSSIER_COLUMNS.map((c) => c.vi).join(","),
    ...rows.map((r) =>
      [r.code, r.year, r.month, ...DOSSIER_COUNT_FIELDS.map((f) => r.counts[f.key])].join(","),
    ),
  ];
  return { fileName: "ho-so.csv", contentBase64: Buffer.from(`${lines.join("\n")}\n`).toString("base64") };
}

/** Twelve months of a unit. */
export const yearOf = (code: string, year: number, counts: DossierCounts) =>
  Array.from({ length: 12 }, (_, i) => ({ code, year, month: i + 1, counts }));
