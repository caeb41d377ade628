import type { InspectionForm } from "../templates/template-types";
import type { InspectionStatus } from "./inspection-status";

/** The facts about an inspection that the rules read; the API maps its rows onto this. */
export interface InspectionRef {
  id?: number;
  form: InspectionForm;
  status: InspectionStatus;
  /** The target unit first, then its parent, … up to the province. */
  targetPath: readonly number[];
  /** Lead-body code of the plan template (cơ quan chủ trì). */
  leadBody: string;
  startDate: string;
  endDate?: string;
  noticeDate?: string | null;
}
