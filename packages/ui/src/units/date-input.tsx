import { TextInput, type TextInputProps } from "@mantine/core";
import { useLang } from "../i18n/use-lang";

/**
 * A date typed as dd/mm/yyyy whatever the browser's locale (a native date input would show mm/dd/yyyy
 * in an English browser). The form parses it with `parseDateInput`.
 */
export function DateInput(props: Omit<TextInputProps, "placeholder">) {
  const { t } = useLang();
  return (
    <TextInput
      placeholder={t("common.dateHint")}
      inputMode="numeric"
      autoComplete="off"
      maw={200}
      {...props}
    />
  );
}
