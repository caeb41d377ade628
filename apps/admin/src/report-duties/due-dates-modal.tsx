import { Alert, Button, Group, Modal, Stack, Table } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { kindOf, REPORT_PERIOD_LABELS } from "@par/domain";
import { DateInput, describeError, formatDate, parseDateInput, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

type Row = RouterOutputs["reportDuties"]["summary"][number];
const keyOf = (r: Pick<Row, "kind" | "period">) => `${r.kind}:${r.period}`;

/**
 * The year's due dates are settings (issue 11 §6): Sở Nội vụ sets each report's date here, the
 * reminders 7 days and 1 day before and when overdue follow it. Every row is saved at once.
 */
export function DueDatesModal({
  year,
  rows,
  onClose,
}: {
  year: number;
  rows: readonly Row[];
  onClose: () => void;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const client = useQueryClient();
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(rows.map((r) => [keyOf(r), formatDate(r.dueDate)])),
  );
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.reportDuties.saveDueDates.mutationOptions({
      onSuccess: async () => {
        await client.invalidateQueries(trpc.reportDuties.pathFilter());
        notify({ color: "green", message: t("reportDuties.dueSaved") });
        onClose();
      },
      onError: (e) => setError(describeError(e, lang).message),
    }),
  );
  const submit = () => {
    const bad = rows.find((r) => parseDateInput(texts[keyOf(r)] ?? "") === null);
    if (bad) {
      setError(
        t("reportDuties.dueInvalid", {
          report: `${kindOf(bad.kind)[lang]} – ${REPORT_PERIOD_LABELS[bad.period][lang]}`,
        }),
      );
      return;
    }
    save.mutate({
      year,
      dueDates: rows.map((r) => ({
        kind: r.kind,
        period: r.period,
        dueDate: parseDateInput(texts[keyOf(r)]!)!,
      })),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t("reportDuties.dueTitle", { year })} size="lg">
      <Stack>
        {error && (
          <Alert color="red" data-testid="due-dates-error">
            {error}
          </Alert>
        )}
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={keyOf(r)}>
                <Table.Td>
                  {kindOf(r.kind)[lang]} – {REPORT_PERIOD_LABELS[r.period][lang]}
                </Table.Td>
                <Table.Td w={170}>
                  <DateInput
                    aria-label={`${t("reportDuties.due")}: ${kindOf(r.kind)[lang]} – ${REPORT_PERIOD_LABELS[r.period][lang]}`}
                    value={texts[keyOf(r)] ?? ""}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      setTexts((all) => ({ ...all, [keyOf(r)]: v }));
                      setError(null);
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("reportDuties.cancel")}
          </Button>
          <Button onClick={submit} loading={save.isPending} data-testid="due-dates-save">
            {t("reportDuties.saveDue")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
