import { useCan, useTRPC } from "@par/ui";
import { nextCursorOf, useCursorPages } from "@par/ui/paged";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";

function useConflictRights() {
  const canWrite = useCan("inspections.write");
  const canWriteSector = useCan("inspections.writeSector");
  return canWrite || canWriteSector;
}

/**
 * Conflicts are for those who run inspections: the server lists only those the caller may see, a page
 * at a time, newest first, with the count of the whole list.
 */
export function useConflictPages(includeResolved: boolean) {
  const trpc = useTRPC();
  const enabled = useConflictRights();
  const query = useInfiniteQuery({
    ...trpc.conflicts.list.infiniteQueryOptions(
      { includeResolved, limit: 50 },
      { getNextPageParam: nextCursorOf },
    ),
    placeholderData: keepPreviousData,
    enabled,
  });
  return { enabled, query, pages: useCursorPages(query) };
}

/** The number of open conflicts only (the navbar badge): one row is enough to get the total. */
export function useOpenConflictCount() {
  const trpc = useTRPC();
  const enabled = useConflictRights();
  const query = useQuery({
    ...trpc.conflicts.list.queryOptions({ includeResolved: false, limit: 1 }),
    enabled,
  });
  return query.data?.total ?? 0;
}
