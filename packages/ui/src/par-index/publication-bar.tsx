import { Alert, Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import type { IndexLevel } from "@par/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeError } from "../errors/error-message";
import { formatDate } from "../format/date";
import { useLang } from "../i18n/use-lang";
import { useNotify } from "../notify/notifications";
import { useTRPC } from "../trpc/trpc";

/**
 * Whether the level's ranking is published (issue 11 §5), and for Sở Nội vụ the buttons to publish —
 * with those not locked if it says so — or to withdraw it. The server decides; the bar only asks.
 */
export function PublicationBar({
  year,
  level,
  canPublish,
}: {
  year: number;
  level: IndexLevel;
  canPublish: boolean;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const client = useQueryClient();
  const notify = useNotify();
  const [allowUnlocked, setAllowUnlocked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const status = useQuery(trpc.parIndex.publications.queryOptions({ year }));
  const done = (message: string) => {
    setError(null);
    notify({ color: "green", message });
    void client.invalidateQueries({ queryKey: trpc.parIndex.publications.queryKey({ year }) });
  };
  const onError = (e: unknown) =>
    setError(describeError(e, lang, () => t("parIndex.publish.allowUnlocked")).summary);
  const publish = useMutation(
    trpc.parIndex.publish.mutationOptions({
      onSuccess: () => done(t("parIndex.publish.published")),
      onError,
    }),
  );
  const unpublish = useMutation(
    trpc.parIndex.unpublish.mutationOptions({
      onSuccess: () => done(t("parIndex.publish.withdrawn")),
      onError,
    }),
  );
  const p = status.data?.find((x) => x.level === level);
  if (!p) return null;
  return (
    <Stack gap={4} data-testid="publication-bar" data-published={p.publishedAt ? "yes" : "no"}>
      <Text size="sm" c={p.publishedAt ? "teal" : "dimmed"} data-testid="publication-status">
        {p.publishedAt
          ? t("parIndex.publish.publishedOn", { date: formatDate(p.publishedAt) })
          : t("parIndex.publish.notPublished")}
      </Text>
      {p.publishedAt && p.notLocked.length > 0 && (
        <Text size="xs" c="dimmed">
          {t("parIndex.publish.notLocked", { units: p.notLocked.map((u) => u.name).join(", ") })}
        </Text>
      )}
      {canPublish && (
        <Group gap="sm">
          {p.publishedAt ? (
            <Button
              size="xs"
              variant="light"
              color="red"
              loading={unpublish.isPending}
              onClick={() => unpublish.mutate({ year, level })}
              data-testid="ranking-unpublish"
            >
              {t("parIndex.publish.withdraw")}
            </Button>
          ) : (
            <>
              <Button
                size="xs"
                loading={publish.isPending}
                onClick={() => publish.mutate({ year, level, allowUnlocked })}
                data-testid="ranking-publish"
              >
                {t("parIndex.publish.button")}
              </Button>
              <Checkbox
                size="xs"
                label={t("parIndex.publish.allowUnlocked")}
                checked={allowUnlocked}
                onChange={(e) => setAllowUnlocked(e.currentTarget.checked)}
                data-testid="ranking-allow-unlocked"
              />
            </>
          )}
        </Group>
      )}
      {error && (
        <Alert color="red" p="xs" data-testid="publication-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
