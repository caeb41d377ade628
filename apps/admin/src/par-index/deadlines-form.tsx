import { Button, Group, Paper, Text } from "@mantine/core";
import { DateInput, describeError, formatDate, parseDateInput, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

const KEYS = ["selfScoreDue", "appraisal1Due", "explanationDue", "appraisal2Due"] as const;

/** The year's scoring deadlines (settings): the unit's steps are refused after theirs. */
export function DeadlinesForm({ year, canWrite }: { year: number; canWrite: boolean }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const client = useQueryClient();
  const current = useQuery(trpc.parIndex.deadlines.queryOptions({ year }));
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    const d = current.data;
    if (d) setTexts(Object.fromEntries(KEYS.map((k) => [k, formatDate(d[k])])));
  }, [current.data]);
  const save = useMutation(
    trpc.parIndex.setDeadlines.mutationOptions({
      onSuccess: () => {
        setErrors({});
        notify({ color: "green", message: t("parIndexAdmin.deadlinesSaved") });
        void client.invalidateQueries({ queryKey: trpc.parIndex.pathKey() });
      },
      onError: (e) => setErrors(describeError(e, lang).fieldErrors),
    }),
  );
  const submit = () => {
    const dates = Object.fromEntries(KEYS.map((k) => [k, parseDateInput(texts[k] ?? "") ?? texts[k] ?? ""]));
    save.mutate({ year, ...(dates as Record<(typeof KEYS)[number], string>) });
  };
  return (
    <Paper withBorder p="sm">
      <Text fw={600} mb="xs">
        {t("parIndexAdmin.deadlines", { year })}
      </Text>
      <Group align="flex-start">
        {KEYS.map((k) => (
          <DateInput
            key={k}
            label={t(`parIndexAdmin.${k}`)}
            value={texts[k] ?? ""}
            error={errors[k]}
            disabled={!canWrite}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setTexts((all) => ({ ...all, [k]: v }));
              setErrors(({ [k]: _, ...rest }) => rest);
            }}
          />
        ))}
        {canWrite && (
          <Button mt={24} onClick={submit} loading={save.isPending}>
            {t("parIndexAdmin.saveDeadlines")}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
