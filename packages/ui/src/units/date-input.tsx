import { TextInput, type TextInputProps } from "@mantine/core";
import { useLang } from "../i18n/use-lang";

/**
 * A date typed as dd/mm/yyyy whatever the browser's locale (a native date input would show mm/dd/yyyy
 * in an English browser). The form parses it with `parseDateInput`.
 */
export function DateInput(props: Omit<TextInputProps, "placeholder">) {
  const { t } = useLang();
  // Only the box is narrow: a long server message underneath keeps the whole width of the form.
  return (
    <TextInput
      placeholder={t("common.dateHint")}
      inputMode="numeric"
      autoComplete="off"
      styles={{ input: { maxWidth: 200 } }}
      {...props}
    />
  );
}
