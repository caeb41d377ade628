import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findCounter, touchLastFrame } from "../db/camera.repository";
import type { Db } from "../db/database";
import { demoArgs, restreamArgs, withCredentials } from "./ffmpeg-args";
import { findFfmpeg } from "./ffmpeg-binary";

interface Feed {
  counterId: number;
  dir: string;
  process: ChildProcess | null;
  /** Demo feeds run all the time; restreams stop when nobody has asked for a while. */
  permanent: boolean;
  lastAsked: number;
  transcode: boolean;
  failures: number;
  lastFrameMs: number;
  startedAt: number;
}

const IDLE_STOP_MS = 60_000;
const HEALTH_EVERY_MS = 5_000;

/**
 * Runs one ffmpeg per live feed, each writing its HLS window into its own folder under one temp
 * folder; the API serves those files behind the session (src/camera/live-routes.ts). Stopped and the
 * folder removed on shutdown. Stream addresses and credentials go to ffmpeg's argv only: ffmpeg's own
 * messages (which may repeat the address) are never logged.
 */
export class FeedManager {
  private readonly root = mkdtempSync(join(tmpdir(), "par-camera-"));
  private readonly feeds = new Map<number, Feed>();
  private stopping = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.timer = setInterval(() => void this.tick(), HEALTH_EVERY_MS);
    this.timer.unref();
  }

  /** Starts a permanent demo feed with the counter's name burnt in. */
  startDemo(counterId: number, label: string): boolean {
    if (!findFfmpeg()) return false;
    const feed = this.feedOf(counterId, true);
    writeFileSync(join(feed.dir, "name.txt"), label);
    this.spawn(feed);
    return true;
  }

  /** The folder holding the counter's live window, starting its restream if needed; null if none can run. */
  async folderFor(counterId: number): Promise<string | null> {
    const existing = this.feeds.get(counterId);
    if (existing) {
      existing.lastAsked = Date.now();
      if (!existing.process && !this.stopping) await this.spawnRestream(existing);
      return existing.dir;
    }
    if (!findFfmpeg() || this.stopping) return null;
    const counter = await findCounter(this.db, counterId);
    if (!counter || counter.stream_kind === "demo" || !counter.stream_url) return null;
    const feed = this.feedOf(counterId, false);
    await this.spawnRestream(feed);
    return feed.dir;
  }

  private feedOf(counterId: number, permanent: boolean): Feed {
    const dir = join(this.root, String(counterId));
    mkdirSync(dir, { recursive: true });
    const feed: Feed = {
      counterId,
      dir,
      process: null,
      permanent,
      lastAsked: Date.now(),
      transcode: false,
      failures: 0,
      lastFrameMs: 0,
      startedAt: 0,
    };
    this.feeds.set(counterId, feed);
    return feed;
  }

  private async spawnRestream(feed: Feed) {
    const counter = await findCounter(this.db, feed.counterId);
    if (!counter?.stream_url || counter.stream_kind === "demo") return;
    const url = withCredentials(counter.stream_url, counter.stream_username, counter.stream_password);
    this.spawn(feed, restreamArgs(counter.stream_kind, url, feed.dir, feed.transcode));
  }

  private spawn(feed: Feed, args: string[] = demoArgs(feed.dir, join(feed.dir, "name.txt"))) {
    const bin = findFfmpeg();
    if (!bin || this.stopping) return;
    const child = spawn(bin.path, ["-y", ...args], {
      stdio: "ignore",
      // The burnt-in clock shows Vietnam's time whatever the server's zone.
      env: { PATH: process.env.PATH ?? "", TZ: "Asia/Ho_Chi_Minh" },
    });
    feed.process = child;
    feed.startedAt = Date.now();
    child.on("exit", (code) => {
      feed.process = null;
      if (this.stopping) return;
      const quick = Date.now() - feed.startedAt < 15_000;
      feed.failures = quick ? feed.failures + 1 : 0;
      // Copying failed at once: the codec cannot go into HLS as it is, so transcode from now on.
      if (quick && !feed.permanent) feed.transcode = true;
      this.log(`camera feed ${feed.counterId}: ffmpeg stopped (code ${code ?? "signal"})`);
      const wait = Math.min(60_000, 2_000 * 2 ** Math.min(feed.failures, 5));
      const retry = setTimeout(() => {
        if (this.stopping || feed.process) return;
        if (feed.permanent) this.spawn(feed);
        else if (Date.now() - feed.lastAsked < IDLE_STOP_MS) void this.spawnRestream(feed);
      }, wait);
      retry.unref();
    });
  }

  /** Health: the newest segment's time is the last frame seen; idle restreams are stopped. */
  private async tick() {
    for (const feed of this.feeds.values()) {
      if (!feed.permanent && feed.process && Date.now() - feed.lastAsked > IDLE_STOP_MS)
        feed.process.kill("SIGTERM");
      let newest = 0;
      try {
        for (const f of readdirSync(feed.dir))
          if (f.endsWith(".ts")) newest = Math.max(newest, statSync(join(feed.dir, f)).mtimeMs);
      } catch {
        continue;
      }
      if (newest > feed.lastFrameMs) {
        feed.lastFrameMs = newest;
        await touchLastFrame(this.db, feed.counterId, new Date(newest)).catch(() => {});
      }
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    const exits = [...this.feeds.values()].map(
      (f) =>
        new Promise<void>((resolve) => {
          if (!f.process) return resolve();
          f.process.once("exit", () => resolve());
          f.process.kill("SIGTERM");
          setTimeout(() => {
            f.process?.kill("SIGKILL");
            resolve();
          }, 3_000).unref();
        }),
    );
    await Promise.all(exits);
    rmSync(this.root, { recursive: true, force: true });
  }
}

let current: FeedManager | null = null;
/** The running server's feeds (null in tests and when no feeds were started). */
export const feeds = () => current;
export function setFeeds(manager: FeedManager | null) {
  current = manager;
}
