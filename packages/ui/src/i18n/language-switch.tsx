import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { asLang } from "../labels/labels";

/** vi/en switch for the header; the choice is kept in localStorage by the i18n instance. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      data-testid="language-switch"
      aria-label={t("lang.label")}
      size="xs"
      value={asLang(i18n.language)}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      data={[
        { value: "vi", label: t("lang.vi") },
        { value: "en", label: t("lang.en") },
      ]}
    />
  );
}
