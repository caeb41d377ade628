import type { RouterOutputs } from "@par/api/types";

export type InspectionSummary = RouterOutputs["inspections"]["list"]["items"][number];
export type InspectionDetail = RouterOutputs["inspections"]["get"];
export type Recommendation = InspectionDetail["recommendations"][number];
export type TeamMember = InspectionDetail["team"][number];
export type Plan = RouterOutputs["plans"]["list"][number];
export type EvidenceFile = RouterOutputs["evidence"]["list"][number];
