import { z } from "zod";

/**
 * Field builders whose every message names the field, Vietnamese first: "Ngày bắt đầu: …".
 * zod's `error` option covers both a missing and a malformed value.
 */
// `key` stays in the builders' signature: it names the field in the schema and in the API's fieldErrors.
const label = (vi: string, en: string, _key: string) => ({ vi, en });

/** The largest id a PostgreSQL `integer` (int4) column holds: a larger one is bad input, not a 500. */
export const DB_ID_MAX = 2_147_483_647;

/** An id of a database row: an integer from 1 to DB_ID_MAX. Every id of every input uses this. */
export function idField(key: string, vi: string, en: string) {
  const l = label(vi, en, key);
  // A missing choice (nothing picked in a list) reads "… là bắt buộc", not "must be an id".
  return z
    .number({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `${l.vi} là bắt buộc / ${l.en} is required`
          : `${l.vi}: phải là số định danh / ${l.en}: must be an id`,
    })
    .int(`${l.vi}: phải là số nguyên / ${l.en}: must be an integer`)
    .positive(`${l.vi}: phải là số dương / ${l.en}: must be positive`)
    .max(DB_ID_MAX, `${l.vi}: vượt quá giới hạn ${DB_ID_MAX} / ${l.en}: larger than ${DB_ID_MAX}`);
}

export function dateField(key: string, vi: string, en: string) {
  const l = label(vi, en, key);
  return z.iso.date({
    error: (issue) =>
      issue.input === undefined || issue.input === null || issue.input === ""
        ? `${l.vi} là bắt buộc / ${l.en} is required`
        : `${l.vi}: ngày không hợp lệ, nhập theo dạng dd/mm/yyyy / ${l.en}: invalid date, enter it as dd/mm/yyyy`,
  });
}

export function textField(key: string, vi: string, en: string, min: number, max: number) {
  const l = label(vi, en, key);
  return z
    .string({ error: `${l.vi} là bắt buộc / ${l.en} is required` })
    .trim()
    .min(min, `${l.vi}: ít nhất ${min} ký tự / ${l.en}: at least ${min} characters`)
    .max(max, `${l.vi}: tối đa ${max} ký tự / ${l.en}: at most ${max} characters`);
}

/** Codes of the template (areas, fields, lead bodies): checked against the template after parsing. */
export function codeField(key: string, vi: string, en: string) {
  const l = label(vi, en, key);
  return z
    .string({ error: `${l.vi} là bắt buộc / ${l.en} is required` })
    .regex(/^[a-z0-9_.]{1,40}$/, `${l.vi}: mã không hợp lệ / ${l.en}: invalid code`);
}

export function yearField(key: string, vi: string, en: string) {
  const l = label(vi, en, key);
  const msg = `${l.vi}: phải là năm từ 2000 đến 2100 / ${l.en}: must be a year from 2000 to 2100`;
  return z.number({ error: msg }).int(msg).min(2000, msg).max(2100, msg);
}
