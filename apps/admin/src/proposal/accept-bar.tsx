import { Alert, Button, Group, List, Modal, NumberInput, Paper, Stack, Text } from "@mantine/core";
import { describeError, pickLanguage, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation } from "wouter";
import { planFieldLabel } from "../year/plan-field-label";
import { reserveOf, saveReserve } from "./saved-reserve";
import { acceptPicks, type WorkingSet } from "./working-set";

interface Shortfall {
  tier: string;
  missing: number;
  required: number;
  message: { vi: string; en: string };
}

/**
 * Accepting the working set: the server first says which tiers would stay short of their quota
 * (proposal.acceptPreview); if any, a confirmation names them and the counts before anything is saved,
 * and accepting then says so explicitly (confirmShortfall). The picks of a month are spread over its
 * working days by the server, within the teams per day set here.
 */
export function AcceptBar({ year, ws }: { year: number; ws: WorkingSet }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [, navigate] = useLocation();
  const { t, lang } = useLang();
  const [error, setError] = useState<string | null>(null);
  const [teams, setTeams] = useState<number | string>(1);
  const [short, setShort] = useState<Shortfall[] | null>(null);
  const ready = acceptPicks(ws);
  const count = ws.reduce((n, tier) => n + tier.picks.length, 0);
  const onError = (err: unknown) => setError(describeError(err, lang, planFieldLabel(t)).summary);
  const input = (confirmShortfall: boolean) => ({
    year,
    picks: ready.ok ? ready.picks : [],
    ...(typeof teams === "number" ? { teamsPerDay: teams } : {}),
    ...(confirmShortfall ? { confirmShortfall: true } : {}),
  });
  const accept = useMutation(
    trpc.proposal.accept.mutationOptions({
      onSuccess: async (res) => {
        setShort(null);
        notify({ message: t("admin.proposal.accepted", { count: res.created.length }) });
        // The reserve stays at hand for surprise checks later in the year.
        saveReserve(globalThis.localStorage, year, reserveOf(ws));
        for (const w of res.warnings) notify({ message: pickLanguage(w.message, lang), color: "yellow" });
        await queryClient.invalidateQueries(trpc.plans.pathFilter());
        await queryClient.invalidateQueries(trpc.inspections.pathFilter());
        const first = res.created.map((i) => i.startDate).sort()[0];
        navigate(
          first ? `/calendar/${first.slice(0, 4)}/${Number(first.slice(5, 7))}` : `/calendar/${year}/1`,
        );
      },
      onError: (err) => {
        setShort(null);
        onError(err);
      },
    }),
  );
  const preview = useMutation(
    trpc.proposal.acceptPreview.mutationOptions({
      onSuccess: (res) => {
        if (res.shortfall.length === 0) accept.mutate(input(false));
        else setShort(res.shortfall);
      },
      onError,
    }),
  );
  return (
    <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 2 }} data-testid="proposal-accept-bar">
      <Stack gap="xs">
        {error && (
          <Alert color="red" role="alert" data-testid="proposal-accept-error">
            {error}
          </Alert>
        )}
        {!ready.ok && (
          <Text size="sm" c="orange.8" data-testid="proposal-missing-month">
            {t("admin.proposal.missingMonth", { names: ready.noMonth.map((p) => p.name).join(", ") })}
          </Text>
        )}
        <Group align="flex-end">
          <NumberInput
            label={t("acceptCheck.teamsPerDay")}
            description={t("acceptCheck.teamsPerDayHint")}
            value={teams}
            onChange={setTeams}
            min={1}
            max={20}
            allowDecimal={false}
            w={260}
            data-testid="proposal-teams-per-day"
          />
          <Button
            onClick={() => {
              setError(null);
              if (ready.ok && count > 0) preview.mutate(input(false));
            }}
            disabled={!ready.ok || count === 0}
            loading={preview.isPending || accept.isPending}
            data-testid="proposal-accept"
          >
            {count === 0 ? t("admin.proposal.nothingToAccept") : t("admin.proposal.accept", { count })}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={short !== null}
        onClose={() => setShort(null)}
        title={t("acceptCheck.title")}
        data-testid="proposal-shortfall-modal"
      >
        <Stack gap="sm">
          <Text size="sm">{t("acceptCheck.intro")}</Text>
          <List data-testid="proposal-shortfall-list">
            {(short ?? []).map((s) => (
              <List.Item key={s.tier} data-testid={`proposal-shortfall-${s.tier}`}>
                {s.message[lang]}
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed">
            {t("acceptCheck.hint")}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setShort(null)} data-testid="proposal-shortfall-back">
              {t("acceptCheck.back")}
            </Button>
            <Button
              color="orange"
              loading={accept.isPending}
              onClick={() => accept.mutate(input(true))}
              data-testid="proposal-shortfall-confirm"
            >
              {t("acceptCheck.confirm", { count })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
