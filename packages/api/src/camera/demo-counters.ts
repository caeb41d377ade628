import type { Db } from "../db/database";
import { FeedManager, setFeeds } from "./feed-manager";
import { setFeedsRunning } from "./feed-registry";
import { findFfmpeg } from "./ffmpeg-binary";

/**
 * Demo counters (quầy) for the demo province: two counters at each of a few one-stop shops — Sở Tư
 * pháp, Thành phố Biên Hòa, Phường Trảng Dài and Huyện Xuân Lộc — written once on an empty register.
 */
const DEMO_SHOPS = [
  {
    code: "STP",
    counters: [
      ["Quầy hộ tịch", ["tu_phap_ho_tich"]],
      ["Quầy chứng thực", ["tu_phap_ho_tich"]],
    ],
  },
  {
    code: "731",
    counters: [
      ["Quầy đất đai", ["dat_dai"]],
      ["Quầy đăng ký kinh doanh", ["dang_ky_kinh_doanh"]],
    ],
  },
  {
    code: "25993",
    counters: [
      ["Quầy hộ tịch", ["tu_phap_ho_tich"]],
      ["Quầy đất đai – xây dựng", ["dat_dai", "xay_dung"]],
    ],
  },
  {
    code: "741",
    counters: [
      ["Quầy đất đai", ["dat_dai"]],
      ["Quầy lao động – xã hội", ["lao_dong_xa_hoi"]],
    ],
  },
] as const;

/**
 * Every demo counter gets live video (8 seeded): one ffmpeg each at 426×240, 10 fps, x264 ultrafast —
 * about 1.5 % of one core per feed on the 2-core reference machine (bench/demo-feeds.bench.ts,
 * docs/benchmarks.md). The cap only bounds a register someone filled with many more demo counters.
 */
export const DEMO_LIVE_FEEDS = 16;

export async function seedDemoCountersIfEmpty(db: Db): Promise<number> {
  const any = await db.selectFrom("camera_counters").select("id").limit(1).executeTakeFirst();
  if (any) return 0;
  let n = 0;
  for (const shop of DEMO_SHOPS) {
    const unit = await db
      .selectFrom("org_units")
      .select("id")
      .where("code", "=", shop.code)
      .executeTakeFirst();
    if (!unit) continue;
    for (const [i, [name, fields]] of shop.counters.entries()) {
      await db
        .insertInto("camera_counters")
        .values({ shop_unit_id: unit.id, number: i + 1, name, fields: [...fields], stream_kind: "demo" })
        .execute();
      n++;
    }
  }
  return n;
}

/**
 * Starts the demo feeds: one live test picture per demo counter (at most DEMO_LIVE_FEEDS),
 * and the manager that restreams real cameras on demand. Without ffmpeg: a manager that starts
 * nothing, and the screens say so (feedStatus).
 */
export async function startFeeds(db: Db, demo: boolean, log: (line: string) => void): Promise<FeedManager> {
  const manager = new FeedManager(db, log);
  setFeeds(manager);
  setFeedsRunning(true);
  if (!findFfmpeg()) {
    log("Camera: ffmpeg not found — live video is off, everything else works");
    return manager;
  }
  if (!demo) return manager;
  const rows = await db
    .selectFrom("camera_counters as c")
    .innerJoin("org_units as u", "u.id", "c.shop_unit_id")
    .select(["c.id", "c.number", "c.name", "u.name as shop"])
    .where("c.stream_kind", "=", "demo")
    .orderBy("c.id")
    .limit(DEMO_LIVE_FEEDS)
    .execute();
  for (const r of rows) manager.startDemo(r.id, `${r.shop} · Quầy ${r.number}: ${r.name}`);
  return manager;
}
