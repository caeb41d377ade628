import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { nextCursorOf, useCursorPages } from "../pages/use-cursor-pages";
import { useTRPC } from "../trpc/trpc";
import type { ReminderItem } from "./reminder-answer-panel";

/**
 * The reminders the caller may see, newest first, a page at a time, and the one opened: looked up in
 * the fresh rows, so its answer follows every step taken. The portal's and the camera app's lists
 * differ only in their columns.
 */
export function useReminderPages() {
  const trpc = useTRPC();
  const list = useInfiniteQuery({
    ...trpc.camera.reminders.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: nextCursorOf }),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages<ReminderItem>(list);
  const [openId, setOpenId] = useState<number | null>(null);
  const open = pages.rows.find((r) => r.id === openId) ?? null;
  return { list, pages, open, setOpenId };
}
