import type { RouterOutputs } from "@par/api/types";

/** One recommendation with its response and review state, as `responses.page` lists it. */
export type ResponseItem = RouterOutputs["responses"]["page"]["items"][number];

/** A self-check report with its checklist, as `selfChecks.get` returns it. */
export type SelfCheckReport = RouterOutputs["selfChecks"]["get"];
