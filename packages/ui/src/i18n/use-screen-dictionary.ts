import type { i18n as I18n } from "i18next";
import { useTranslation } from "react-i18next";
import type { AppDictionary } from "./i18n";

const added = new WeakMap<I18n, WeakSet<AppDictionary>>();

/**
 * A lazily loaded screen brings its own strings: they join the app's dictionary (deep merge, the
 * app's own keys kept) on first render, instead of weighing on every app's first load (the admin's
 * initial JS budget, docs/benchmarks.md).
 */
export function useScreenDictionary(dictionary: AppDictionary): void {
  const { i18n } = useTranslation();
  let seen = added.get(i18n);
  if (!seen) {
    seen = new WeakSet();
    added.set(i18n, seen);
  }
  if (seen.has(dictionary)) return;
  for (const lang of ["vi", "en"] as const) {
    i18n.addResourceBundle(lang, "translation", dictionary[lang], true, false);
  }
  seen.add(dictionary);
}
