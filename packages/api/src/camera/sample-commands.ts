import { randomInt } from "node:crypto";
import { DEFAULT_SAMPLE_SETTINGS, drawSample, windowInstant } from "@par/domain";
import { provinceOf } from "../access/province";
import type { Request } from "../access/request";
import { audited } from "../db/audit.repository";
import { findSample, insertSample, sampleFrame, sampleWindows } from "../db/camera-sample.repository";

/** The day's published sample with its windows, or null when none was drawn yet. */
export async function sampleOf(q: Request, date: string) {
  const sample = await findSample(q.db, provinceOf(q.user), date);
  if (!sample) return null;
  const windows = await sampleWindows(q.db, sample.id);
  return {
    date: sample.date,
    seed: Number(sample.seed),
    settings: sample.settings as typeof DEFAULT_SAMPLE_SETTINGS,
    windows: windows.map((w) => ({
      id: w.id,
      counterId: w.counter_id,
      counterNumber: w.counter_number,
      counterName: w.counter_name,
      unitId: w.unit_id,
      unitName: w.unit_name,
      stratum: w.stratum,
      startAt: w.start_at,
      endAt: w.end_at,
      reviewed: w.reviews > 0,
    })),
  };
}

/**
 * Draws the day's sample once: a fresh seed from the server's CSPRNG, published with the sample (anyone
 * can redraw with the domain's drawSample and the same counters). A second call answers the first draw.
 */
export async function drawDaySample(q: Request, date: string, announcedSeed?: number) {
  const provinceId = provinceOf(q.user);
  const existing = await findSample(q.db, provinceId, date);
  if (!existing) {
    const seed = announcedSeed ?? randomInt(0, 2 ** 31 - 1);
    const frame = await sampleFrame(q.db, provinceId);
    const windows = drawSample(
      seed,
      date,
      frame.map((c) => ({ id: c.id, tier: c.tier, districtId: c.district_id })),
      DEFAULT_SAMPLE_SETTINGS,
    );
    await audited(q.db, q.actor, async (trx) => {
      const sample = await insertSample(
        trx,
        { provinceId, date, seed, settings: DEFAULT_SAMPLE_SETTINGS, createdBy: q.user.userId },
        windows.map((w) => ({
          counterId: w.counterId,
          stratum: w.stratum,
          startAt: windowInstant(date, w.startMinute),
          endAt: windowInstant(date, w.endMinute),
        })),
      );
      return {
        result: sample,
        audit: {
          action: "camera.sample.draw",
          entity: "camera_sample",
          entityId: sample?.id ?? null,
          unitId: null,
          before: null,
          after: { date, seed, windows: windows.length },
        },
      };
    });
  }
  return sampleOf(q, date);
}
