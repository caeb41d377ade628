import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Lang } from "../labels/labels";
import { COMMON_DICTIONARY } from "./common-dictionary";

export const LANG_STORAGE_KEY = "par.lang";

/** Nested keys of one app, merged over the shared dictionary (the app's win). */
export type AppDictionary = Record<Lang, Record<string, unknown>>;

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function merge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? merge(b, v) : v;
  }
  return out;
}

/** Vietnamese unless the user chose English before (kept in localStorage). */
export function createParI18n(app: AppDictionary): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      vi: { translation: merge(COMMON_DICTIONARY.vi, app.vi) },
      en: { translation: merge(COMMON_DICTIONARY.en, app.en) },
    },
    lng: storedLang(),
    fallbackLng: "vi",
    supportedLngs: ["vi", "en"],
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  const syncDocument = (lng: string) => {
    if (typeof document !== "undefined") document.documentElement.lang = lng;
  };
  syncDocument(instance.language);
  instance.on("languageChanged", (lng) => {
    syncDocument(lng);
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lng);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  });
  return instance;
}
