import { Select } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { useScreenDictionary } from "../i18n/use-screen-dictionary";
import { DOSSIER_DICTIONARY } from "./dossier-dictionary";

/** The years a province keeps figures for (2018, the one-stop decree, to next year). */
export function DossierYearPicker({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  // Its label comes with it, whichever screen uses it (the reports-owed page has no dossier strings).
  useScreenDictionary(DOSSIER_DICTIONARY);
  const { t } = useLang();
  const last = new Date().getFullYear() + 1;
  const years = Array.from({ length: last - 2018 + 1 }, (_, i) => String(last - i));
  return (
    <Select
      label={t("dossiers.year")}
      data={years}
      value={String(year)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={110}
      data-testid="dossier-year"
    />
  );
}
