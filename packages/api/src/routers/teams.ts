import { SetTeamInput } from "@par/domain";
import { requestOf } from "../access/request";
import { setTeam } from "../inspections/inspection-work";
import { inspectionWriteProcedure } from "../inspections/procedures";
import { router } from "../trpc";

export const teamsRouter = router({
  /** Replaces the team (đoàn kiểm tra): members from several bodies, exactly one leader. */
  set: inspectionWriteProcedure
    .input(SetTeamInput)
    .mutation(({ ctx, input }) => setTeam(requestOf(ctx), input)),
});
