import type { StreamKind } from "@par/domain";
import { feedHealth } from "@par/domain";

/** A counter as every client sees it: no stream address, no credentials (they stay on the server). */
export interface CounterDto {
  id: number;
  shopUnitId: number;
  shopName: string;
  number: number;
  name: string;
  fields: string[];
  streamKind: StreamKind;
  lastFrameAt: Date | null;
  online: boolean;
}

export function toCounterDto(
  row: {
    id: number;
    shop_unit_id: number;
    number: number;
    name: string;
    fields: string[];
    stream_kind: StreamKind;
    last_frame_at: Date | null;
    shop_name: string;
  },
  now: Date,
): CounterDto {
  return {
    id: row.id,
    shopUnitId: row.shop_unit_id,
    shopName: row.shop_name,
    number: row.number,
    name: row.name,
    fields: row.fields,
    streamKind: row.stream_kind,
    lastFrameAt: row.last_frame_at,
    online: feedHealth(row.last_frame_at, now) === "online",
  };
}
