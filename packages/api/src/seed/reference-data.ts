import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { REPO_ROOT } from "../env";

/** The real reference files in /data (see data/SOURCES.md), checked on load. */
const GsoUnit = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  type: z.string().min(1),
  parentCode: z.string().nullable(),
});
export type GsoUnit = z.infer<typeof GsoUnit>;

const Agency = z.object({
  name: z.string().min(1),
  kind: z.enum(["office", "department", "agency"]),
  manySubordinates: z.boolean().optional(),
});
export type Agency = z.infer<typeof Agency>;

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(join(REPO_ROOT, "data", file), "utf8")));
}

export const loadUnits2023 = () => readJson("dong-nai-units-2023.json", z.array(GsoUnit));
export const loadUnits2025 = () => readJson("dong-nai-units-2025-07.json", z.array(GsoUnit));
export const loadAgencies2023 = () => readJson("dong-nai-agencies-2023.json", z.array(Agency));

/** The date the seeded 2023 register starts: a register convention so that 2020–2022 history fits, not a legal date. */
export const REGISTER_START = "2020-01-01";
export const TWO_TIER_START = "2025-07-01";
export const TWO_TIER_EVE = "2025-06-30";
