import type { RouterOutputs } from "@par/api/types";

/** The signed-in user as `auth.me` returns it. */
export type Me = NonNullable<RouterOutputs["auth"]["me"]>;
/** One unit of the register (dates "yyyy-mm-dd"). */
export type UnitDto = RouterOutputs["units"]["get"]["unit"];
export type UnitDetail = RouterOutputs["units"]["get"];
