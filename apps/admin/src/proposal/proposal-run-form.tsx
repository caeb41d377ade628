import { Button, Group, NumberInput, Paper } from "@mantine/core";
import { useLang } from "@par/ui";
import { type FormEvent, useState } from "react";

export interface RunParams {
  monthlyCapacity?: number;
  seed?: number;
}

/** Monthly capacity and seed for proposal.run; an empty field leaves the server's default. */
export function ProposalRunForm({
  year,
  running,
  ran,
  onRun,
}: {
  year: number;
  running: boolean;
  ran: boolean;
  onRun: (p: RunParams) => void;
}) {
  const { t } = useLang();
  const [capacity, setCapacity] = useState<number | string>(8);
  const [seed, setSeed] = useState<number | string>(year);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onRun({
      ...(typeof capacity === "number" ? { monthlyCapacity: capacity } : {}),
      ...(typeof seed === "number" ? { seed } : {}),
    });
  };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate data-testid="proposal-run-form">
        <Group align="flex-end" gap="md">
          <NumberInput
            label={t("admin.proposal.capacity")}
            value={capacity}
            onChange={setCapacity}
            min={1}
            max={200}
            allowDecimal={false}
            w={240}
            data-testid="proposal-capacity"
          />
          <NumberInput
            label={t("admin.proposal.seed")}
            description={t("admin.proposal.seedHint")}
            value={seed}
            onChange={setSeed}
            min={0}
            allowDecimal={false}
            thousandSeparator=""
            w={220}
            data-testid="proposal-seed"
          />
          <Button type="submit" loading={running} data-testid="proposal-run">
            {ran ? t("admin.proposal.rerun") : t("admin.proposal.run")}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
