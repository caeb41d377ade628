import { feedsRunning } from "./feed-registry";
import { findFfmpeg } from "./ffmpeg-binary";

/** What the camera screens tell the user about live video on this server. */
export function feedStatus() {
  const bin = findFfmpeg();
  return {
    ffmpeg: bin ? bin.source : null,
    running: feedsRunning(),
    message: bin
      ? null
      : "Máy chủ không chạy được ffmpeg: chưa xem được hình trực tiếp, các chức năng khác vẫn dùng bình thường / The server cannot run ffmpeg: live video is unavailable, everything else works",
  };
}
