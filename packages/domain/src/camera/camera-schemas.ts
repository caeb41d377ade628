import { z } from "zod";
import { dateField, idField, textField } from "../schemas/fields";
import { PageInput } from "../schemas/page-schemas";
import { CONDUCT_ITEM_CODES, REVIEW_VERDICTS, SEVERITIES } from "./conduct-checklist";

/** How a camera is reached: an HLS playlist, an RTSP stream (restreamed by ffmpeg), or an MJPEG URL. */
export const STREAM_KINDS = ["hls", "rtsp", "mjpeg", "demo"] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];
export const STREAM_KIND_LABELS: Record<StreamKind, { vi: string; en: string }> = {
  hls: { vi: "HLS", en: "HLS" },
  rtsp: { vi: "RTSP (chuyển sang HLS)", en: "RTSP (restreamed to HLS)" },
  mjpeg: { vi: "MJPEG", en: "MJPEG" },
  demo: { vi: "Hình thử (demo)", en: "Test picture (demo)" },
};

const uuidMsg = (vi: string, en: string) => `${vi}: mã không hợp lệ / ${en}: invalid id`;
export const clientIdField = (vi: string, en: string) =>
  z
    .string({ error: `${vi} là bắt buộc / ${en} is required` })
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, uuidMsg(vi, en));

const streamUrl = z
  .string({ error: "Địa chỉ luồng là bắt buộc / Stream address is required" })
  .trim()
  .max(500, "Địa chỉ luồng: tối đa 500 ký tự / Stream address: at most 500 characters")
  .regex(
    /^(https?|rtsp|rtsps):\/\/[^\s]+$/i,
    "Địa chỉ luồng: phải bắt đầu bằng http://, https:// hoặc rtsp:// / Stream address: must start with http://, https:// or rtsp://",
  );

const FIELD_CODE = /^[a-z0-9_]{1,40}$/;

/** A counter (quầy) of a one-stop shop and its camera. Credentials go in, never come out. */
export const SaveCounterInput = z.object({
  id: idField("id", "Quầy", "Counter").optional(),
  shopUnitId: idField("shopUnitId", "Bộ phận Một cửa", "One-stop shop"),
  number: z
    .number({ error: "Số quầy: phải là số / Counter number: must be a number" })
    .int("Số quầy: phải là số nguyên / Counter number: must be an integer")
    .min(1, "Số quầy: ít nhất 1 / Counter number: at least 1")
    .max(999, "Số quầy: tối đa 999 / Counter number: at most 999"),
  name: textField("name", "Tên quầy", "Counter name", 1, 120),
  fields: z
    .array(z.string().regex(FIELD_CODE, "Lĩnh vực: mã không hợp lệ / Fields: invalid code"), {
      error: "Lĩnh vực: phải là danh sách / Fields: must be a list",
    })
    .max(20, "Lĩnh vực: tối đa 20 / Fields: at most 20")
    .default([]),
  streamKind: z.enum(STREAM_KINDS, { error: "Loại luồng không hợp lệ / Invalid stream kind" }),
  streamUrl: streamUrl.nullish(),
  username: z
    .string()
    .max(100, "Tên đăng nhập camera: tối đa 100 ký tự / Camera user name: at most 100 characters")
    .nullish(),
  password: z
    .string()
    .max(200, "Mật khẩu camera: tối đa 200 ký tự / Camera password: at most 200 characters")
    .nullish(),
});
export type SaveCounterInput = z.infer<typeof SaveCounterInput>;

export const CounterPageInput = PageInput.extend({
  shopUnitId: idField("shopUnitId", "Bộ phận Một cửa", "One-stop shop").optional(),
});
export type CounterPageInput = z.infer<typeof CounterPageInput>;

export const CounterIdInput = z.object({ id: idField("id", "Quầy", "Counter") });

const instant = (vi: string, en: string) =>
  z.coerce.date({ error: `${vi}: thời điểm không hợp lệ / ${en}: invalid time` });

/** What a reviewer saw in a window of one counter. `clientId` is made in the browser (crypto.randomUUID). */
export const SaveReviewInput = z
  .object({
    clientId: clientIdField("Mã lượt xem", "Review id"),
    counterId: idField("counterId", "Quầy", "Counter"),
    watchedFrom: instant("Xem từ", "Watched from"),
    watchedTo: instant("Xem đến", "Watched to"),
    items: z
      .array(z.enum(CONDUCT_ITEM_CODES, { error: "Mục kiểm tra không hợp lệ / Invalid checklist item" }), {
        error: "Mục kiểm tra: phải là danh sách / Checklist: must be a list",
      })
      .max(CONDUCT_ITEM_CODES.length, "Mục kiểm tra: quá nhiều / Checklist: too many items"),
    severity: z.enum(SEVERITIES, { error: "Mức độ không hợp lệ / Invalid severity" }),
    verdict: z.enum(REVIEW_VERDICTS, { error: "Kết luận không hợp lệ / Invalid verdict" }),
    note: z
      .string()
      .trim()
      .max(2000, "Ghi chú: tối đa 2000 ký tự / Note: at most 2000 characters")
      .default(""),
    snapshotIds: z
      .array(clientIdField("Ảnh chụp", "Snapshot"))
      .max(10, "Ảnh chụp: tối đa 10 / Snapshots: at most 10")
      .default([]),
    /** The sample window this review answers; absent for an ad-hoc review. */
    sampleWindowId: idField("sampleWindowId", "Khung giờ mẫu", "Sample window").nullish(),
  })
  .refine((r) => r.watchedTo.getTime() > r.watchedFrom.getTime(), {
    path: ["watchedTo"],
    message: "Xem đến: phải sau thời điểm bắt đầu / Watched to: must be after the start",
  })
  .refine((r) => r.watchedTo.getTime() - r.watchedFrom.getTime() <= 12 * 3_600_000, {
    path: ["watchedTo"],
    message: "Xem đến: một lượt xem tối đa 12 giờ / Watched to: one review covers at most 12 hours",
  });
export type SaveReviewInput = z.infer<typeof SaveReviewInput>;

export const ReviewPageInput = PageInput.extend({
  counterId: idField("counterId", "Quầy", "Counter").optional(),
  unitId: idField("unitId", "Đơn vị", "Unit").optional(),
  mine: z.boolean({ error: "Của tôi: đúng/sai / Mine: true or false" }).optional(),
});
export type ReviewPageInput = z.infer<typeof ReviewPageInput>;

export const MarkReviewedInput = z.object({
  reviewIds: z
    .array(idField("reviewIds", "Lượt xem", "Review"), {
      error: "Lượt xem: phải là danh sách / Reviews: must be a list",
    })
    .min(1, "Lượt xem: chọn ít nhất một / Reviews: pick at least one")
    .max(200, "Lượt xem: tối đa 200 / Reviews: at most 200"),
});

export const ReminderPageInput = PageInput.extend({
  unitId: idField("unitId", "Đơn vị", "Unit").optional(),
});

export const SampleInput = z.object({
  date: dateField("date", "Ngày", "Date"),
});

/**
 * Drawing the day's sample: a seed announced beforehand (e.g. read out at the morning briefing) may be
 * given, so that nobody can pick a convenient one afterwards; without it the server draws one.
 */
export const DrawSampleInput = SampleInput.extend({
  seed: z
    .number({ error: "Hạt giống: phải là số / Seed: must be a number" })
    .int("Hạt giống: phải là số nguyên / Seed: must be an integer")
    .min(0, "Hạt giống: từ 0 / Seed: from 0")
    .max(2_147_483_647, "Hạt giống: tối đa 2147483647 / Seed: at most 2147483647")
    .optional(),
});

export const MonthInput = z.object({
  year: z
    .number({ error: "Năm: phải là số / Year: must be a number" })
    .int()
    .min(2000, "Năm: từ 2000 / Year: from 2000")
    .max(2100, "Năm: đến 2100 / Year: up to 2100"),
  month: z
    .number({ error: "Tháng: phải là số / Month: must be a number" })
    .int("Tháng: phải là số nguyên / Month: must be an integer")
    .min(1, "Tháng: từ 1 đến 12 / Month: from 1 to 12")
    .max(12, "Tháng: từ 1 đến 12 / Month: from 1 to 12"),
});

/** Several reviews at once (the outbox sending what waited, or a bulk client): each keeps its own id. */
export const SAVE_REVIEWS_MAX = 100;
export const SaveReviewsInput = z.object({
  reviews: z
    .array(SaveReviewInput, { error: "Lượt xem: phải là danh sách / Reviews: must be a list" })
    .min(1, "Lượt xem: ít nhất một / Reviews: at least one")
    .max(
      SAVE_REVIEWS_MAX,
      `Lượt xem: tối đa ${SAVE_REVIEWS_MAX} mỗi lần / Reviews: at most ${SAVE_REVIEWS_MAX} at a time`,
    )
    .refine(
      (rs) => new Set(rs.map((r) => r.clientId.toLowerCase())).size === rs.length,
      "Lượt xem: một mã lượt xem xuất hiện hai lần / Reviews: a review id appears twice",
    ),
});
export type SaveReviewsInput = z.infer<typeof SaveReviewsInput>;
