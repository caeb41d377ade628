import { formatDate } from "../format/date";
import { useLang } from "../i18n/use-lang";

/** "01/01/2020 – nay" or "01/01/2020 – 30/06/2025". */
export function ValidityText({ validFrom, validTo }: { validFrom: string; validTo: string | null }) {
  const { t } = useLang();
  return (
    <span>
      {formatDate(validFrom)} – {validTo ? formatDate(validTo) : t("common.present")}
    </span>
  );
}
