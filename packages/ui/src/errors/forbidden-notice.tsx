import { Alert } from "@mantine/core";
import { useLang } from "../i18n/use-lang";

/** What a screen shows instead of data when the server answers FORBIDDEN. */
export function ForbiddenNotice({ message }: { message?: string }) {
  const { t } = useLang();
  return (
    <Alert
      color="orange"
      variant="light"
      title={t("forbidden.title")}
      role="alert"
      data-testid="forbidden-notice"
    >
      {message ?? t("forbidden.body")}
    </Alert>
  );
}
