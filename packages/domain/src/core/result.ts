import type { DomainCode } from "./codes";

/** Expected failures travel as values; only bugs throw. */
/** `field` names the input a failure is about, when it is one input: the message itself names it by label. */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; code: DomainCode; message: string; field?: string };

/** A bilingual text: Vietnamese is the default language of every screen, English the second. */
export interface Bilingual {
  vi: string;
  en: string;
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Messages are always "Vietnamese / English" so that one string serves both languages. */
export function err<T = never>(code: DomainCode, text: Bilingual, field?: string): Result<T> {
  const message = joinBilingual(text);
  return field === undefined ? { ok: false, code, message } : { ok: false, code, message, field };
}

export function joinBilingual(text: Bilingual): string {
  return `${text.vi} / ${text.en}`;
}

/** A warning does not stop the action; the screen shows it and may offer a remedy. */
export interface DomainWarning {
  code: DomainCode;
  message: string;
}
