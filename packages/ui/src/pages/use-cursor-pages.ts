import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useMemo } from "react";

/** The shape every paginated list answers (the domain's `Page<T>`). */
export interface PageLike<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** For `infiniteQueryOptions(input, { getNextPageParam: nextCursorOf })`: no cursor = last page. */
export const nextCursorOf = (last: { nextCursor: string | null }) => last.nextCursor ?? undefined;

export interface CursorPages<T> {
  rows: T[];
  /** The count of the whole filtered list, from the first page, where the list gives one. */
  total: number | undefined;
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
}

/**
 * The rows loaded so far of a keyset-paginated list (tRPC's useInfiniteQuery over a `Page<T>`): the
 * screen shows them and asks for the next page when the reader reaches the end.
 */
export function useCursorPages<T>(
  query: UseInfiniteQueryResult<InfiniteData<PageLike<T>, unknown>, unknown>,
): CursorPages<T> {
  const pages = query.data?.pages;
  const rows = useMemo(() => pages?.flatMap((p) => p.items) ?? [], [pages]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  return {
    rows,
    total: pages?.[0]?.total,
    hasMore: hasNextPage,
    loadMore: () => {
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
    },
    loadingMore: isFetchingNextPage,
  };
}
