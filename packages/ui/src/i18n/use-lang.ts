import { useTranslation } from "react-i18next";
import { asLang, type Lang } from "../labels/labels";

/** The current language as "vi" | "en", with `t`. */
export function useLang(): { lang: Lang; t: ReturnType<typeof useTranslation>["t"] } {
  const { t, i18n } = useTranslation();
  return { lang: asLang(i18n.language), t };
}
