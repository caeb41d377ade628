import { EarlierImportInput } from "@par/domain";
import { requestOf } from "../access/request";
import { commitEarlierImport, previewEarlierImport } from "../history/earlier-import";
import { earlierTemplateWorkbook } from "../history/earlier-template";
import { permissionProcedure, router } from "../trpc";

/** R10: conclusions of competent bodies made outside this system (2022 and before), imported from Excel. */
export const earlierRouter = router({
  /** Every row checked and what the commit would write; nothing saved. A mutation: the file is in the body. */
  importPreview: permissionProcedure("units.write")
    .input(EarlierImportInput)
    .mutation(({ ctx, input }) => previewEarlierImport(requestOf(ctx), input)),

  /** Validates again and writes every conclusion with its recommendations (one audit row each), or nothing. */
  importCommit: permissionProcedure("units.write")
    .input(EarlierImportInput)
    .mutation(({ ctx, input }) => commitEarlierImport(requestOf(ctx), input)),

  /** The sample .xlsx to fill in (generated on the server, like every download). */
  template: permissionProcedure("units.write").query(() => earlierTemplateWorkbook()),
});
