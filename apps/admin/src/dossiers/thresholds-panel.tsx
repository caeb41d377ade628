import { Badge, Button, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { DOSSIER_RATE_LABELS, type DossierThresholds, THRESHOLD_RATES } from "@par/domain";
import { describeError, pickLanguage, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

/** The year's thresholds of the remote dossier check: the province edits them (defaults until then). */
export function ThresholdsPanel({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.dossiers.thresholds.queryOptions({ year }));
  const [draft, setDraft] = useState<DossierThresholds | null>(null);
  useEffect(() => setDraft(current.data?.thresholds ?? null), [current.data]);
  const save = useMutation(
    trpc.dossiers.saveThresholds.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.dossiers.thresholds.pathFilter());
        notify({ message: t("dossiersAdmin.thresholdsSaved", { year }), color: "green" });
      },
    }),
  );
  if (!draft || !current.data) return null;
  return (
    <Paper withBorder p="sm" data-testid="dossier-thresholds">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={5}>{t("dossiersAdmin.thresholds", { year })}</Title>
          <Badge variant="light" color={current.data.source === "default" ? "gray" : "blue"}>
            {t(
              current.data.source === "default"
                ? "dossiersAdmin.thresholdsDefault"
                : "dossiersAdmin.thresholdsProvince",
            )}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t("dossiersAdmin.thresholdsHint")}
        </Text>
        <Group gap="sm" align="flex-end">
          {THRESHOLD_RATES.map((r) => (
            <NumberInput
              key={r.rate}
              w={150}
              label={DOSSIER_RATE_LABELS[r.rate][lang]}
              description={t(r.direction === "min" ? "dossiersAdmin.atLeast" : "dossiersAdmin.atMost")}
              suffix=" %"
              min={0}
              max={100}
              decimalSeparator={lang === "vi" ? "," : "."}
              value={draft[r.rate]}
              disabled={!canEdit}
              onChange={(v) => setDraft({ ...draft, [r.rate]: typeof v === "number" ? v : Number(v) })}
            />
          ))}
          {canEdit && (
            <Button loading={save.isPending} onClick={() => save.mutate({ year, thresholds: draft })}>
              {t("dossiersAdmin.saveThresholds")}
            </Button>
          )}
        </Group>
        {save.error && (
          <Text c="red" size="sm" role="alert">
            {pickLanguage(describeError(save.error, lang).summary, lang)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
