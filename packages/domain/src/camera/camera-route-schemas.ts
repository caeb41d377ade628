import { z } from "zod";
import { idField } from "../schemas/fields";
import { clientIdField } from "./camera-schemas";

/** Inputs of the camera's HTTP routes (live playlist and segments, snapshots); numbers come as text. */
const queryId = (key: string, vi: string, en: string) =>
  z.preprocess((v) => (typeof v === "string" && /^\d{1,10}$/.test(v) ? Number(v) : v), idField(key, vi, en));

/** Only the playlist and its numbered segments: no other name reaches the file system. */
export const LIVE_FILE_PATTERN = /^(index\.m3u8|seg_\d{1,9}\.ts)$/;

export const LiveFileParams = z.object({
  counterId: queryId("counterId", "Quầy", "Counter"),
  file: z
    .string({ error: "Tệp luồng là bắt buộc / Stream file is required" })
    .regex(LIVE_FILE_PATTERN, "Tệp luồng không hợp lệ / Stream file is invalid"),
});

/** `POST /files/camera/snapshots?counterId=…&id=…`: the id is made by the browser (so a retry is one file). */
export const SnapshotUploadQuery = z.object({
  counterId: queryId("counterId", "Quầy", "Counter"),
  id: clientIdField("Mã ảnh chụp", "Snapshot id"),
});

export const SnapshotIdParams = z.object({ id: clientIdField("Mã ảnh chụp", "Snapshot id") });
