import type { DomainCode } from "./codes";

/** Expected failures travel as values; only bugs throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: DomainCode; message: string };

/** A bilingual text: Vietnamese is the default language of every screen, English the second. */
export interface Bilingual {
  vi: string;
  en: string;
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Messages are always "Vietnamese / English" so that one string serves both languages. */
export function err<T = never>(code: DomainCode, text: Bilingual): Result<T> {
  return { ok: false, code, message: joinBilingual(text) };
}

export function joinBilingual(text: Bilingual): string {
  return `${text.vi} / ${text.en}`;
}

/** A warning does not stop the action; the screen shows it and may offer a remedy. */
export interface DomainWarning {
  code: DomainCode;
  message: string;
}
