import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { RouterOutputs } from "@par/api/types";
import { formatDate, useCan, useLang } from "@par/ui";
import { useState } from "react";
import { PlanApproveModal } from "./plan-approve-modal";
import { PlanQuotasForm } from "./plan-quotas-form";

export type PlanDto = RouterOutputs["plans"]["get"];

/** The plan: number, date, status, quotas beside the template's minimum; draft-only actions. */
export function PlanCard({ plan }: { plan: PlanDto }) {
  const { t, lang } = useLang();
  const canWrite = useCan("plans.write");
  const [editing, setEditing] = useState(false);
  const [approving, setApproving] = useState(false);
  const draft = plan.status === "draft";
  return (
    <Paper withBorder p="md" data-testid="plan-summary" data-status={plan.status}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} size="h4">
              {plan.title[lang]}
            </Title>
            <Badge color={draft ? "yellow" : "green"} variant="light" data-testid="plan-status" tt="none">
              {t(`admin.year.status.${plan.status}`)}
            </Badge>
            {plan.isDemo && (
              <Badge color="gray" variant="outline" tt="none">
                {t("admin.year.demo")}
              </Badge>
            )}
          </Group>
          <Text size="sm" data-testid="plan-number">
            {plan.number
              ? `${t("admin.year.number")}: ${plan.number} · ${t("admin.year.issuedDate")}: ${formatDate(plan.issuedDate)}${plan.issuer ? ` · ${plan.issuer}` : ""}`
              : t("admin.year.notIssued")}
          </Text>
        </Stack>
        {draft && canWrite && (
          <Group gap="xs">
            <Button
              variant="default"
              size="sm"
              onClick={() => setEditing((v) => !v)}
              data-testid="plan-quotas-edit"
            >
              {t("admin.year.editQuotas")}
            </Button>
            <Button size="sm" onClick={() => setApproving(true)} data-testid="plan-approve-open">
              {t("admin.year.approve")}
            </Button>
          </Group>
        )}
      </Group>
      {editing && draft && canWrite ? (
        <PlanQuotasForm plan={plan} onDone={() => setEditing(false)} />
      ) : (
        <Table mt="sm" w="auto" data-testid="plan-quotas" withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {plan.quotas.map((q) => (
              <Table.Tr key={q.tier} data-tier={q.tier}>
                <Table.Td pl={0}>{q.label[lang]}</Table.Td>
                <Table.Td fw={700}>{q.pct} %</Table.Td>
                <Table.Td c="dimmed">{t("admin.year.quotaMin", { pct: q.minimum })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {approving && <PlanApproveModal plan={plan} onClose={() => setApproving(false)} />}
    </Paper>
  );
}
