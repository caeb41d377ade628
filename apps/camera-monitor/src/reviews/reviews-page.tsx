import { Badge, Button, Checkbox, Group, Stack, Text, Title } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { CONDUCT_ITEMS, REVIEW_VERDICT_LABELS, type ReviewVerdict } from "@par/domain";
import { formatDateTime, useCan, useLang, useTRPC } from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

type Row = RouterOutputs["camera"]["reviews"]["items"][number];

/** Reviews newest first, a page at a time; tick several and mark them reviewed (per reviewer). */
export function ReviewsPage() {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const canReview = useCan("camera.review");
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const query = useInfiniteQuery(
    trpc.camera.reviews.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: nextCursorOf }),
  );
  const pages = useCursorPages(query);
  const mark = useMutation(
    trpc.camera.markReviewed.mutationOptions({
      onSuccess: () => {
        setPicked(new Set());
        void queryClient.invalidateQueries({ queryKey: trpc.camera.reviews.pathKey() });
      },
    }),
  );
  const label = (code: string) => CONDUCT_ITEMS.find((i) => i.code === code)?.[lang] ?? code;
  const columns: PagedColumn<Row>[] = [
    {
      key: "pick",
      header: "",
      width: 40,
      render: (r) => (
        <Checkbox
          aria-label={t("camera.pick")}
          checked={picked.has(r.id)}
          onChange={() =>
            setPicked((s) => {
              const next = new Set(s);
              if (next.has(r.id)) next.delete(r.id);
              else next.add(r.id);
              return next;
            })
          }
        />
      ),
    },
    { key: "at", header: t("camera.watchedFrom"), width: 150, render: (r) => formatDateTime(r.watchedFrom) },
    { key: "unit", header: t("camera.shop"), render: (r) => r.unitName },
    {
      key: "counter",
      header: t("camera.counter"),
      render: (r) => t("camera.counterTitle", { number: r.counterNumber, name: r.counterName }),
    },
    {
      key: "items",
      header: t("camera.items"),
      render: (r) => <Text size="xs">{r.items.map(label).join("; ")}</Text>,
    },
    {
      key: "verdict",
      header: t("camera.verdict"),
      width: 120,
      render: (r) => (
        <Badge
          color={r.verdict === "violation" ? "red" : r.verdict === "ok" ? "green" : "gray"}
          variant="light"
        >
          {REVIEW_VERDICT_LABELS[r.verdict as ReviewVerdict][lang]}
        </Badge>
      ),
    },
    {
      key: "source",
      header: t("camera.source"),
      width: 110,
      render: (r) => (r.fromSample ? t("camera.fromSample") : t("camera.adHoc")),
    },
    {
      key: "mark",
      header: t("camera.myMark"),
      width: 110,
      render: (r) => (r.reviewedByMe ? t("camera.reviewed") : ""),
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t("camera.reviewsTitle")}</Title>
        {canReview && (
          <Button
            disabled={picked.size === 0}
            loading={mark.isPending}
            onClick={() => mark.mutate({ reviewIds: [...picked] })}
          >
            {t("camera.markReviewed", { count: picked.size })}
          </Button>
        )}
      </Group>
      <PagedTable
        pages={pages}
        columns={columns}
        rowKey={(r) => r.id}
        testId="reviews-table"
        empty={t("camera.reviewsEmpty")}
      />
    </Stack>
  );
}
