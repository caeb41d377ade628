import { useTRPC } from "@par/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

/** After a change: the inspection, the lists, the plans' coverage, the documents on offer and the audit trail are stale. */
export function useInspectionRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.inspections.pathFilter()),
      queryClient.invalidateQueries(trpc.recommendations.pathFilter()),
      queryClient.invalidateQueries(trpc.plans.pathFilter()),
      queryClient.invalidateQueries(trpc.audit.pathFilter()),
      queryClient.invalidateQueries(trpc.documents.pathFilter()),
    ]);
  }, [queryClient, trpc]);
}
