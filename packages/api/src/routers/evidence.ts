import { EvidenceIdInput, EvidenceListInput } from "@par/domain";
import { requestOf } from "../access/request";
import { listEvidence, removeEvidence } from "../files/evidence";
import { inspectionWriteProcedure } from "../inspections/procedures";
import { permissionProcedure, router } from "../trpc";

/** Evidence files of findings (tệp minh chứng). Uploads and downloads are HTTP routes under /files. */
export const evidenceRouter = router({
  list: permissionProcedure("inspections.read")
    .input(EvidenceListInput)
    .query(({ ctx, input }) => listEvidence(requestOf(ctx), input)),

  remove: inspectionWriteProcedure
    .input(EvidenceIdInput)
    .mutation(({ ctx, input }) => removeEvidence(requestOf(ctx), input.id)),
});
