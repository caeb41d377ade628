import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { nextWorkingDay } from "@par/domain";
import { formatDate, formatDateTime, QueryError, todayIso, useCan, useLang, useTRPC } from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { OutboxStatus } from "../outbox/outbox-status";

/**
 * The day's worklist: the published random sample of counters × 10-minute windows (stratified by tier
 * and district). The seed is shown so that anyone can redraw the same list.
 */
export function WorklistPage() {
  const trpc = useTRPC();
  const { t } = useLang();
  const canReview = useCan("camera.review");
  const queryClient = useQueryClient();
  const today = todayIso();
  const date = nextWorkingDay(today);
  const sample = useQuery(trpc.camera.sample.queryOptions({ date }));
  const draw = useMutation(
    trpc.camera.drawSample.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.camera.sample.queryKey({ date }) }),
    }),
  );
  if (sample.error) return <QueryError error={sample.error} />;
  const windows = sample.data?.windows ?? [];
  const done = windows.filter((w) => w.reviewed).length;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t("camera.worklistTitle", { date: formatDate(date) })}</Title>
        {date !== today && (
          <Text c="dimmed" size="sm">
            {t("camera.notWorkingDay", { date: formatDate(today) })}
          </Text>
        )}
      </div>
      <OutboxStatus />
      {sample.data === null && (
        <Paper withBorder p="md">
          <Group justify="space-between">
            <Text>{t("camera.noSample")}</Text>
            {canReview && (
              <Button
                loading={draw.isPending}
                onClick={() => draw.mutate({ date })}
                data-testid="draw-sample"
              >
                {t("camera.drawSample")}
              </Button>
            )}
          </Group>
        </Paper>
      )}
      {sample.data && (
        <>
          <Group gap="md">
            <Badge size="lg" variant="light" data-testid="sample-seed">
              {t("camera.seed")}: {sample.data.seed}
            </Badge>
            <Text size="sm">{t("camera.sampleProgress", { done, total: windows.length })}</Text>
          </Group>
          {windows.length === 0 ? (
            <Alert color="gray">{t("camera.emptySample")}</Alert>
          ) : (
            <Table striped highlightOnHover withTableBorder data-testid="worklist">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("camera.window")}</Table.Th>
                  <Table.Th>{t("camera.shop")}</Table.Th>
                  <Table.Th>{t("camera.counter")}</Table.Th>
                  <Table.Th>{t("camera.state")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {windows.map((w) => (
                  <Table.Tr key={w.id}>
                    <Table.Td>
                      {formatDateTime(w.startAt).slice(-5)}–{formatDateTime(w.endAt).slice(-5)}
                    </Table.Td>
                    <Table.Td>{w.unitName}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} href={`/counters/${w.counterId}?w=${w.id}`}>
                        {t("camera.counterTitle", { number: w.counterNumber, name: w.counterName })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={w.reviewed ? "green" : "gray"} variant="light">
                        {w.reviewed ? t("camera.reviewed") : t("camera.toReview")}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
