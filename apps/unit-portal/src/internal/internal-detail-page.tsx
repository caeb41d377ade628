import { Alert, Anchor, Badge, Grid, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { DownloadLink, formatDate, QueryError, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { ChecklistPanel } from "./checklist-panel";
import { ConclusionPanel } from "./conclusion-panel";
import { FollowUpPanel } from "./follow-up-panel";
import { STATUS_COLOR } from "./internal-list-page";
import { TeamPanel } from "./team-panel";

/** One internal inspection end to end: team, checklist with evidence, conclusion, follow-up, documents. */
export function InternalDetailPage({ id }: { id: number }) {
  const { t } = useLang();
  const trpc = useTRPC();
  const detail = useQuery({
    ...trpc.internal.detail.queryOptions({ id }),
    enabled: Number.isInteger(id) && id > 0,
  });
  if (detail.isPending) return <Loader />;
  if (detail.isError)
    return detail.error.data?.code === "NOT_FOUND" ? (
      <Alert color="gray">{t("portal.internal.detail.notFound")}</Alert>
    ) : (
      <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
    );
  const d = detail.data;
  return (
    <Stack gap="md" data-testid="internal-detail" data-status={d.status}>
      <Anchor component={Link} href={`/internal?year=${d.year}`} size="sm">
        {t("portal.internal.detail.back")}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t("portal.internal.detail.title", { unit: d.targetUnit.name })}</Title>
          <Text size="sm" c="dimmed">
            {t("portal.internal.detail.dates", { from: formatDate(d.startDate), to: formatDate(d.endDate) })}
          </Text>
        </div>
        <Badge size="lg" color={STATUS_COLOR[d.status]} variant="light" tt="none" data-testid="detail-status">
          {t(`portal.internal.status.${d.status}`)}
        </Badge>
      </Group>
      <Grid>
        <Grid.Col span={8}>
          <Stack gap="md">
            <TeamPanel detail={d} />
            <ChecklistPanel detail={d} />
            {d.status === "planned" && <ConclusionPanel detail={d} />}
            {d.summary && (
              <Paper withBorder p="md" data-testid="conclusion-shown">
                <Text fw={600}>{t("portal.internal.detail.conclusion")}</Text>
                <Text size="sm">{d.summary}</Text>
              </Paper>
            )}
            <FollowUpPanel detail={d} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={4}>
          <Stack gap="md">
            <Paper withBorder p="md" data-testid="documents-panel">
              <Text fw={600} mb="xs">
                {t("portal.internal.detail.documents")}
              </Text>
              <Stack gap={4}>
                {d.documents.decision ? (
                  <DownloadLink href={d.documents.decision} testId="doc-decision">
                    {t("portal.internal.detail.docDecision")}
                  </DownloadLink>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t("portal.internal.detail.noDocs")}
                  </Text>
                )}
                {d.documents.minutes && (
                  <DownloadLink href={d.documents.minutes} testId="doc-minutes">
                    {t("portal.internal.detail.docMinutes")}
                  </DownloadLink>
                )}
                {d.documents.conclusion && (
                  <DownloadLink href={d.documents.conclusion} testId="doc-conclusion">
                    {t("portal.internal.detail.docConclusion")}
                  </DownloadLink>
                )}
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
