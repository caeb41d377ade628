import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { DateInput, describeError, formatDate, parseDateInput, todayIso, useLang, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";

/** Today within the figures' year, else the year's last weekday (the inspection belongs to that year's plan). */
function defaultDay(year: number): string {
  const today = todayIso();
  if (today.startsWith(`${year}-`)) return today;
  const d = new Date(Date.UTC(year, 11, 31));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Sở Nội vụ opens a remote dossier check of one unit (plan III.3) and sees its findings. */
export function RemoteCheckModal({
  year,
  unit,
  onClose,
}: {
  year: number;
  unit: { id: number; name: string };
  onClose: () => void;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(formatDate(defaultDay(year)));
  const open = useMutation(
    trpc.dossiers.openRemoteCheck.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.inspections.pathFilter()),
    }),
  );
  const error = open.error ? describeError(open.error, lang, () => t("dossiersAdmin.checkDate")) : null;
  const result = open.data;
  return (
    <Modal opened onClose={onClose} title={t("dossiersAdmin.checkTitle", { name: unit.name })} size="lg">
      <Stack gap="sm" data-testid="remote-check">
        <Text size="sm">{t("dossiersAdmin.checkHint", { year })}</Text>
        {!result && (
          <Group align="flex-end">
            <DateInput
              label={t("dossiersAdmin.checkDate")}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={error?.fieldErrors.date}
            />
            <Button
              loading={open.isPending}
              onClick={() => open.mutate({ unitId: unit.id, year, date: parseDateInput(date) ?? date })}
              data-testid="remote-check-open"
            >
              {t("dossiersAdmin.open")}
            </Button>
          </Group>
        )}
        {error && !error.fieldErrors.date && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        {result && (
          <Alert color={result.reminded ? "orange" : "green"} data-testid="remote-check-result">
            <Stack gap={4}>
              <Text fw={600}>{t("dossiersAdmin.opened", { count: result.findings.length })}</Text>
              <List size="sm">
                {result.findings.map((f) => (
                  <List.Item key={f.rate}>{f.text[lang]}</List.Item>
                ))}
              </List>
              <Text size="sm">
                {t(result.reminded ? "dossiersAdmin.openedReminded" : "dossiersAdmin.openedCalm")}
              </Text>
              <Anchor component={Link} href={`/inspections/${result.inspection.id}`}>
                {t("dossiersAdmin.viewInspection")}
              </Anchor>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("dossiersAdmin.cancel")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
