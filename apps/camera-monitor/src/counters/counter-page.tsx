import { Alert, Anchor, Badge, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { formatDateTime, newUuid, QueryError, todayIso, useCan, useLang, useNotify, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useOutbox } from "../outbox/outbox-context";
import { OutboxStatus } from "../outbox/outbox-status";
import { grabFrame } from "../player/attach-hls";
import { LivePlayer } from "../player/live-player";
import { FeedNotice } from "./feed-notice";
import { useReviewDraft } from "./review-draft";
import { ReviewPanel } from "./review-panel";
import { useReviewKeys } from "./use-review-keys";

/**
 * One counter full-size with the review form. Opened from the day's worklist (`?w=<window id>`: the
 * review answers that sample window; J/K walk the worklist) or ad hoc from a shop (J/K walk its counters).
 */
export function CounterPage({ id }: { id: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const notify = useNotify();
  const canReview = useCan("camera.review");
  const { enqueue, online } = useOutbox();
  const [, navigate] = useLocation();
  const windowId = Number(new URLSearchParams(useSearch()).get("w")) || null;
  const counter = useQuery(trpc.camera.counter.queryOptions({ id }));
  const sample = useQuery({
    ...trpc.camera.sample.queryOptions({ date: todayIso() }),
    enabled: windowId !== null,
  });
  const siblings = useQuery({
    ...trpc.camera.counters.queryOptions({ shopUnitId: counter.data?.shopUnitId ?? 1, limit: 200 }),
    enabled: windowId === null && counter.data !== undefined,
  });
  const video = useRef<HTMLVideoElement | null>(null);
  const [openedAt, setOpenedAt] = useState(() => new Date());
  const { draft, setDraft, toggle, clear } = useReviewDraft();

  const sampleWindow = sample.data?.windows.find((w) => w.id === windowId) ?? null;
  const watchedFrom = sampleWindow ? new Date(sampleWindow.startAt) : openedAt;

  // The walk J/K follow: the worklist's windows, or the shop's counters.
  const walk = useMemo(() => {
    if (windowId !== null)
      return (sample.data?.windows ?? []).map((w) => `/counters/${w.counterId}?w=${w.id}`);
    return (siblings.data?.items ?? []).map((c) => `/counters/${c.id}`);
  }, [windowId, sample.data, siblings.data]);
  const here = windowId !== null ? `/counters/${id}?w=${windowId}` : `/counters/${id}`;
  const go = (step: number) => {
    const at = walk.indexOf(here);
    const target = walk[at + step];
    if (at >= 0 && target) {
      clear();
      setOpenedAt(new Date());
      navigate(target);
    }
  };

  const snapshot = async () => {
    if (!canReview || !video.current) return;
    const blob = await grabFrame(video.current);
    if (!blob) {
      notify({ message: t("camera.snapshotNoFrame"), color: "yellow" });
      return;
    }
    setDraft((d) => ({
      ...d,
      snapshots: [...d.snapshots, { id: newUuid(), blob, url: URL.createObjectURL(blob) }],
    }));
  };

  const save = async () => {
    if (!canReview) return;
    const now = new Date();
    const to = sampleWindow ? new Date(sampleWindow.endAt) : now;
    // Take the draft and clear the form at once, before the outbox write: keys pressed meanwhile
    // belong to the next review, never to this one.
    const taken = draft;
    const from = watchedFrom;
    clear();
    setOpenedAt(now);
    // The review's id is made here, once: every resend from the outbox carries it.
    const clientId = newUuid();
    await enqueue({
      clientId,
      input: {
        clientId,
        counterId: id,
        watchedFrom: from.toISOString(),
        watchedTo: (to > from ? to : new Date(from.getTime() + 1000)).toISOString(),
        items: taken.items,
        severity: taken.severity,
        verdict: taken.verdict,
        note: taken.note,
        snapshotIds: taken.snapshots.map((s) => s.id),
        sampleWindowId: windowId,
      },
      snapshots: taken.snapshots.map((s) => ({ id: s.id, blob: s.blob, uploaded: false })),
    });
    notify({
      message: t(online ? "camera.reviewQueued" : "camera.reviewKept"),
      color: online ? "green" : "yellow",
    });
  };

  useReviewKeys({
    next: () => go(1),
    previous: () => go(-1),
    save: () => void save(),
    snapshot: () => void snapshot(),
    clear,
    toggle,
  });

  if (counter.error) return <QueryError error={counter.error} />;
  const c = counter.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} href={c ? `/shops/${c.shopUnitId}` : "/"} size="sm">
            {c?.shopName ?? "…"}
          </Anchor>
          <Title order={2}>{c ? t("camera.counterTitle", { number: c.number, name: c.name }) : "…"}</Title>
        </div>
        {sampleWindow && (
          <Badge size="lg" variant="light">
            {t("camera.sampleWindow")}: {formatDateTime(sampleWindow.startAt)}–
            {formatDateTime(sampleWindow.endAt).slice(-5)}
          </Badge>
        )}
      </Group>
      <FeedNotice />
      <OutboxStatus />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <LivePlayer ref={video} counterId={id} title={c?.name ?? ""} />
          {c && !c.online && (
            <Text size="xs" c="dimmed" mt={4}>
              {c.lastFrameAt
                ? t("camera.lastFrame", { at: formatDateTime(c.lastFrameAt) })
                : t("camera.neverSeen")}
            </Text>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {canReview ? (
            <ReviewPanel
              draft={draft}
              onChange={setDraft}
              onToggle={toggle}
              onSnapshot={() => void snapshot()}
              onSave={() => void save()}
              watchedFrom={watchedFrom}
              fromSample={sampleWindow !== null}
              canReview={canReview}
            />
          ) : (
            <Alert color="gray">{t("camera.readOnly")}</Alert>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
