import type { RouterOutputs } from "@par/api/types";

export type InternalDetail = RouterOutputs["internal"]["detail"];
