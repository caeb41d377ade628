import type { RouterOutputs } from "@par/api/types";

export type ImportPreview = RouterOutputs["units"]["importPreview"];
export type ImportRow = ImportPreview["rows"][number];

export type EarlierPreview = RouterOutputs["earlier"]["importPreview"];
