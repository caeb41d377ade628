import { Alert, Button, Group } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { describeError } from "./error-message";
import { ForbiddenNotice } from "./forbidden-notice";

interface QueryErrorProps {
  error: unknown;
  /** Shown instead of the server's words on FORBIDDEN, e.g. "Bạn không có quyền xem đơn vị này". */
  forbiddenMessage?: string;
  onRetry?: () => void;
}

/** A failed query: a refusal for FORBIDDEN, "not found" for NOT_FOUND, else the message and a retry. */
export function QueryError({ error, forbiddenMessage, onRetry }: QueryErrorProps) {
  const { t, lang } = useLang();
  const described = describeError(error, lang);
  if (described.code === "FORBIDDEN")
    return <ForbiddenNotice message={forbiddenMessage ?? described.message} />;
  const isNotFound = described.code === "NOT_FOUND";
  return (
    <Alert
      color={isNotFound ? "gray" : "red"}
      title={isNotFound ? t("common.notFound") : t("common.error")}
      role="alert"
    >
      <Group justify="space-between" wrap="nowrap">
        <span>{described.summary}</span>
        {onRetry && !isNotFound && (
          <Button size="xs" variant="light" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
