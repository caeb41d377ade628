import { Alert, Button, Group, Progress, Stack, Text } from "@mantine/core";
import { useLang } from "@par/ui";
import { useOutbox } from "./outbox-context";

/** What waits in the browser and how far sending has come; refused reviews with the server's reason. */
export function OutboxStatus() {
  const { t } = useLang();
  const { pending, sent, sending, online, discard } = useOutbox();
  const waiting = pending.filter((p) => !p.error);
  const refused = pending.filter((p) => p.error);
  if (pending.length === 0 && online) return null;
  const total = waiting.length + sent;
  return (
    <Stack gap={4} data-testid="outbox-status">
      {!online && (
        <Alert color="orange" variant="light" py={6}>
          {t("camera.offline")}
        </Alert>
      )}
      {waiting.length > 0 && (
        <div>
          <Text size="sm" data-testid="outbox-waiting">
            {t(sending && online ? "camera.outboxSending" : "camera.outboxWaiting", {
              count: waiting.length,
            })}
          </Text>
          <Progress value={total === 0 ? 0 : (sent / total) * 100} size="sm" />
        </div>
      )}
      {refused.map((r) => (
        <Alert key={r.clientId} color="red" variant="light" py={6}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{r.error}</Text>
            <Button size="compact-xs" variant="subtle" onClick={() => void discard(r.clientId)}>
              {t("camera.discard")}
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
