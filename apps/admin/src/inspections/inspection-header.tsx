import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { formatDate, tierLabel, useLang } from "@par/ui";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { DocumentLinks } from "./document-links";
import { fieldLabel, formLabel, STATUS_COLORS, STATUS_LABELS, templateOrNull } from "./inspection-labels";
import type { InspectionDetail } from "./inspection-types";
import { LifecycleActions } from "./lifecycle-actions";

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/** Who, how, when and where the inspection stands, with the steps the API allows now and the documents. */
export function InspectionHeader({ inspection: i }: { inspection: InspectionDetail }) {
  const { t, lang } = useLang();
  const template = templateOrNull(i.templateId);
  return (
    <Paper withBorder p="md" data-testid="inspection-header">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} href="/inspections" size="sm">
              ← {t("insp.list.title")}
            </Anchor>
            <Title order={2} lineClamp={2} data-testid="inspection-unit">
              {i.targetUnit.name}
            </Title>
            <Group gap="xs" mt={4}>
              <Badge
                color={STATUS_COLORS[i.status]}
                variant="filled"
                style={{ textTransform: "none" }}
                data-testid="inspection-status"
                data-status={i.status}
              >
                {STATUS_LABELS[i.status][lang]}
              </Badge>
              <Badge variant="light" style={{ textTransform: "none" }} data-testid="inspection-form">
                {formLabel(template, i.form, lang)}
              </Badge>
              <Text size="sm" c="dimmed">
                {i.targetUnit.code} · {tierLabel(i.targetUnit.tier, lang)}
              </Text>
              {i.isDemo && (
                <Badge color="gray" variant="outline" size="sm" style={{ textTransform: "none" }}>
                  {t("unit.isDemo")}
                </Badge>
              )}
            </Group>
          </div>
          <LifecycleActions inspection={i} />
        </Group>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
          <Fact label={t("insp.field.leadBody")} testId="inspection-lead-body">
            {i.leadBodyName[lang]}
          </Fact>
          <Fact label={t("insp.field.dates")} testId="inspection-dates">
            {formatDate(i.startDate)} – {formatDate(i.endDate)}
            {i.tentative ? ` (${t("insp.tentative")})` : ""}
          </Fact>
          {i.form === "announced" && (
            <Fact label={t("insp.field.noticeDate")} testId="inspection-notice-date">
              {i.noticeDate ? formatDate(i.noticeDate) : "—"}
            </Fact>
          )}
          <Fact label={t("insp.field.teamLeader")}>{i.teamLeader ?? "—"}</Fact>
          <Fact label={t("insp.field.fields")}>
            {i.fields.length > 0 ? i.fields.map((f) => fieldLabel(template, f, lang)).join(", ") : "—"}
          </Fact>
        </SimpleGrid>
        {i.status === "cancelled" && i.cancelReason && (
          <Text size="sm" c="red.8" data-testid="cancel-reason-shown">
            {t("insp.field.reason")}: {i.cancelReason}
          </Text>
        )}
        <DocumentLinks inspectionId={i.id} />
      </Stack>
    </Paper>
  );
}
