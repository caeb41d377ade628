// Responses to recommendations through the review loop: a subpath of its own (`@par/ui/responses`),
// loaded with the screens that use it (the portal's answers, the admin app's verification).

export { DecisionForm } from "./decision-form";
export { InspectionDocuments } from "./inspection-documents";
export { ResponseDetails, ResponseEvidenceList } from "./response-details";
export type { ResponseItem, SelfCheckReport } from "./response-types";
export { ResponsesTable } from "./responses-table";
export { ReviewStateBadge, stateOfItem } from "./review-state-badge";
export { SelfCheckTable } from "./self-check-table";
