import type { RouterOutputs } from "@par/api/types";

export type SheetDto = RouterOutputs["parIndex"]["sheet"];
export type SheetRow = SheetDto["rows"][number];
export type Column = NonNullable<SheetDto["writable"]>;
