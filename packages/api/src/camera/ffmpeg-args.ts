import type { StreamKind } from "@par/domain";

/**
 * ffmpeg command lines that write a live HLS window (1 s segments, 6 in the playlist, older ones
 * deleted) into a feed's folder. Pure, so they are tested without running ffmpeg.
 */
export function hlsOutput(dir: string): string[] {
  return [
    "-f",
    "hls",
    "-hls_time",
    "1",
    "-hls_list_size",
    "6",
    "-hls_flags",
    "delete_segments+omit_endlist",
    "-hls_segment_filename",
    `${dir}/seg_%d.ts`,
    `${dir}/index.m3u8`,
  ];
}

const X264 = ["-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p"];
const KEYFRAME_EVERY_SECOND = (fps: number) => [
  "-g",
  String(fps),
  "-keyint_min",
  String(fps),
  "-sc_threshold",
  "0",
];

/**
 * Demo: a test picture with the counter's name (read from a file, so no escaping of Vietnamese text)
 * and a running clock burnt in. Small and 10 fps: several run at once on a 2-core machine.
 */
export function demoArgs(dir: string, nameFile: string): string[] {
  const box = "fontcolor=white:box=1:boxcolor=black@0.6:fontsize=18:x=8";
  const clock = "text='%{localtime\\:%d/%m/%Y %H\\\\\\:%M\\\\\\:%S}'";
  return [
    "-hide_banner",
    "-loglevel",
    "error",
    "-re",
    "-f",
    "lavfi",
    "-i",
    "testsrc2=size=426x240:rate=10",
    "-vf",
    `drawtext=textfile=${nameFile}:${box}:y=h-58,drawtext=${clock}:${box}:y=h-30`,
    "-an",
    ...X264,
    ...KEYFRAME_EVERY_SECOND(10),
    ...hlsOutput(dir),
  ];
}

/**
 * A camera's own stream restreamed: `-c copy` first (H.264 from RTSP or HLS passes through untouched);
 * `transcode` when copying failed (an MJPEG source, or a codec HLS cannot carry).
 */
export function restreamArgs(
  kind: Exclude<StreamKind, "demo">,
  url: string,
  dir: string,
  transcode: boolean,
): string[] {
  const input =
    kind === "rtsp"
      ? ["-rtsp_transport", "tcp", "-i", url]
      : kind === "mjpeg"
        ? ["-f", "mjpeg", "-i", url]
        : ["-i", url];
  const codec =
    transcode || kind === "mjpeg" ? [...X264, ...KEYFRAME_EVERY_SECOND(10), "-r", "10"] : ["-c", "copy"];
  return ["-hide_banner", "-loglevel", "error", ...input, "-an", ...codec, ...hlsOutput(dir)];
}

/** The stream address with the credentials put in, for ffmpeg's command line only (never logged or sent). */
export function withCredentials(url: string, username: string | null, password: string | null): string {
  if (!username && !password) return url;
  const u = new URL(url);
  if (username) u.username = encodeURIComponent(username);
  if (password) u.password = encodeURIComponent(password);
  return u.toString();
}
