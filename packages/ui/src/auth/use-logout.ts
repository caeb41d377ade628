import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../trpc/trpc";

/** Logs out, then forgets every cached answer of this user and shows the login screen. */
export function useLogout() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        queryClient.removeQueries({ predicate: (q) => !isMeKey(q.queryKey) });
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      },
    }),
  );
}

export function isMeKey(key: readonly unknown[]): boolean {
  const path = key[0];
  return Array.isArray(path) && path[0] === "auth" && path[1] === "me";
}
