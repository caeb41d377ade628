import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

/**
 * Which ffmpeg the server runs: the machine's (Debian's `ffmpeg`) where there is one, else the static
 * binary that `@ffmpeg-installer/ffmpeg` carries inside its platform package (pinned in package.json),
 * else none — and then the camera screens say so plainly while everything else works.
 */
export interface FfmpegBinary {
  path: string;
  source: "system" | "npm";
}

function runs(path: string): boolean {
  try {
    return spawnSync(path, ["-hide_banner", "-version"], { stdio: "ignore", timeout: 10_000 }).status === 0;
  } catch {
    return false;
  }
}

let found: FfmpegBinary | null | undefined;

export function findFfmpeg(): FfmpegBinary | null {
  if (found !== undefined) return found;
  found = null;
  if (runs("ffmpeg")) found = { path: "ffmpeg", source: "system" };
  else {
    try {
      const installer = createRequire(import.meta.url)("@ffmpeg-installer/ffmpeg") as { path: string };
      if (runs(installer.path)) found = { path: installer.path, source: "npm" };
    } catch {
      // Not installed for this platform: no ffmpeg.
    }
  }
  return found;
}
