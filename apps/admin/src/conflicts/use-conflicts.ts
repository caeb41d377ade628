import { useCan, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";

/** Conflicts are for those who run inspections: the server lists only those the caller may see. */
export function useConflicts(includeResolved = false) {
  const trpc = useTRPC();
  const canWrite = useCan("inspections.write");
  const canWriteSector = useCan("inspections.writeSector");
  const enabled = canWrite || canWriteSector;
  const query = useQuery({ ...trpc.conflicts.list.queryOptions({ includeResolved }), enabled });
  return { enabled, query };
}
