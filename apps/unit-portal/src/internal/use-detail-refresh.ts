import { useTRPC } from "@par/ui";
import { useQueryClient } from "@tanstack/react-query";

/** After a change: the detail, the lists, the home figures and the admin's overview all re-read. */
export function useInternalRefresh() {
  const trpc = useTRPC();
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: trpc.internal.pathKey() });
}
