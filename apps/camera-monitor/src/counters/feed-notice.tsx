import { Alert } from "@mantine/core";
import { useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";

/** Said plainly when this server cannot run ffmpeg: no live video, everything else works. */
export function FeedNotice() {
  const trpc = useTRPC();
  const { t } = useLang();
  const status = useQuery({ ...trpc.camera.feedStatus.queryOptions(), staleTime: 60_000 });
  if (!status.data || status.data.ffmpeg) return null;
  return (
    <Alert color="yellow" variant="light" title={t("camera.noFfmpegTitle")} data-testid="no-ffmpeg">
      {t("camera.noFfmpegBody")}
    </Alert>
  );
}
