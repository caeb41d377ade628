import { DocumentsAvailableInput } from "@par/domain";
import { requestOf } from "../access/request";
import { INSPECTION_DOCUMENTS, inspectionFacts, unavailableReason } from "../downloads/inspection-documents";
import { permissionProcedure, router } from "../trpc";

const TITLES = {
  decision: { vi: "Quyết định thành lập Đoàn kiểm tra", en: "Decision forming the team" },
  notice: { vi: "Thông báo kiểm tra", en: "Inspection notice" },
  minutes: { vi: "Biên bản kiểm tra", en: "Inspection minutes" },
  conclusion: { vi: "Thông báo kết luận kiểm tra", en: "Conclusion notice" },
} as const;

/** Which Word documents of an inspection may be downloaded now (the buttons the screen shows). */
export const documentsRouter = router({
  available: permissionProcedure("inspections.read")
    .input(DocumentsAvailableInput)
    .query(async ({ ctx, input }) => {
      const facts = await inspectionFacts(requestOf(ctx), input.inspectionId, "inspectionId");
      return {
        inspectionId: facts.row.id,
        documents: INSPECTION_DOCUMENTS.map((kind) => {
          const reason = unavailableReason(facts, kind);
          return {
            kind,
            title: TITLES[kind],
            url: `/files/docs/inspections/${facts.row.id}/${kind}.docx`,
            available: reason === null,
            reason,
          };
        }),
      };
    }),
});
