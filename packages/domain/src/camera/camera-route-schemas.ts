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

/** `GET /files/camera/reports/:year/:file` with file "6.xlsx" or "6.docx": the month and the format. */
export const CameraReportParams = z.object({
  year: z.preprocess(
    (v) => (typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : v),
    z
      .number({ error: "Năm: phải là số / Year: must be a number" })
      .int("Năm: phải là số nguyên / Year: must be an integer")
      .min(2000, "Năm: từ 2000 / Year: from 2000")
      .max(2100, "Năm: đến 2100 / Year: up to 2100"),
  ),
  file: z
    .string({ error: "Tệp báo cáo là bắt buộc / Report file is required" })
    .regex(
      /^(1[0-2]|[1-9])\.(xlsx|docx)$/,
      "Tệp báo cáo: tháng 1–12, .xlsx hoặc .docx / Report file: month 1–12, .xlsx or .docx",
    ),
});

/** `POST /files/camera/reminder-files?reminderId=…` (multipart, one part "file"): the unit's evidence. */
export const ReminderFileUploadQuery = z.object({
  reminderId: queryId("reminderId", "Nhắc nhở", "Reminder"),
});

export const ReminderFileIdParams = z.object({ id: clientIdField("Mã tệp", "File id") });

/** `GET /files/camera/live/:counterId/p/:token`: an upstream HLS resource behind an opaque token. */
export const LiveProxyParams = z.object({
  counterId: queryId("counterId", "Quầy", "Counter"),
  token: z
    .string({ error: "Tệp luồng là bắt buộc / Stream file is required" })
    .regex(/^[A-Za-z0-9_-]{40,4096}$/, "Tệp luồng không hợp lệ / Stream file is invalid"),
});
