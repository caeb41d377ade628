import { Alert, Badge, Box, Group, Text } from "@mantine/core";
import { useLang } from "@par/ui";
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import { attachHls } from "./attach-hls";

type State = "loading" | "playing" | "unavailable";

/**
 * A counter's live video through the server's own route (`/files/camera/live/:id/index.m3u8`): the
 * browser never sees the camera's address. Retries every few seconds while the feed is not ready.
 */
export const LivePlayer = forwardRef<
  HTMLVideoElement | null,
  { counterId: number; title: string; compact?: boolean }
>(function LivePlayer({ counterId, title, compact = false }, ref) {
  const { t } = useLang();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<State>("loading");
  const [attempt, setAttempt] = useState(0);
  useImperativeHandle(ref, () => video.current as HTMLVideoElement, []);

  useEffect(() => {
    const el = video.current;
    if (!el) return;
    let detach: (() => void) | null = null;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const failed = () => {
      if (cancelled) return;
      setState("unavailable");
      retry = setTimeout(() => setAttempt((n) => n + 1), 5_000);
    };
    setState("loading");
    el.muted = true;
    const playing = () => setState("playing");
    el.addEventListener("playing", playing);
    void attachHls(el, `/files/camera/live/${counterId}/index.m3u8`, failed).then((d) => {
      if (cancelled) d();
      else {
        detach = d;
        void el.play().catch(() => {});
      }
    });
    return () => {
      cancelled = true;
      clearTimeout(retry);
      el.removeEventListener("playing", playing);
      detach?.();
    };
  }, [counterId, attempt]);

  return (
    <Box pos="relative" data-testid={`player-${counterId}`} data-state={state}>
      <video
        ref={video}
        aria-label={title}
        muted
        playsInline
        autoPlay
        style={{
          width: "100%",
          aspectRatio: "16 / 9",
          background: "#111",
          display: "block",
          borderRadius: 4,
        }}
      />
      <Group pos="absolute" top={6} left={6} gap={4}>
        <Badge size={compact ? "xs" : "sm"} color={state === "playing" ? "red" : "gray"} variant="filled">
          {state === "playing"
            ? t("camera.live")
            : state === "loading"
              ? t("camera.connecting")
              : t("camera.noSignal")}
        </Badge>
      </Group>
      {state === "unavailable" && !compact && (
        <Alert color="gray" mt="xs" variant="light">
          <Text size="sm">{t("camera.streamUnavailable")}</Text>
        </Alert>
      )}
    </Box>
  );
});
