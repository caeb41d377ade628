import { Accordion, Badge, Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { checklistItemCodes, followUpItemCode, missingFindings } from "@par/domain";
import { formatDate, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { ChecklistItemCard } from "./checklist-item";
import { focusItemRating, nextItemCode } from "./focus-next-item";
import type { EvidenceFile, InspectionDetail } from "./inspection-types";

/** The checklist by area and item (R1), area 5 with the earlier recommendations (R10), and its progress. */
export function ChecklistPanel({
  inspection,
  editable,
}: {
  inspection: InspectionDetail;
  editable: boolean;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  // One list for the whole inspection, grouped by item here, rather than a request per item.
  const evidence = useQuery(trpc.evidence.list.queryOptions({ inspectionId: inspection.id }));
  const filesOf = (code: string): EvidenceFile[] => (evidence.data ?? []).filter((f) => f.itemCode === code);
  const checklist = inspection.checklist;
  const findings = new Map(inspection.findings.map((f) => [f.itemCode, f]));
  const total = checklistItemCodes(checklist).length;
  const missing = missingFindings(checklist, findings.keys());
  const done = total - missing.length;
  const onSaved = (code: string) => {
    const next = nextItemCode(checklistItemCodes(checklist), code);
    if (next) focusItemRating(next);
  };
  return (
    <Stack gap="sm" data-testid="checklist">
      <Paper withBorder p="sm">
        <Group justify="space-between" mb={6}>
          <Text fw={600}>{t("insp.checklist.progress")}</Text>
          <Text size="sm" data-testid="checklist-progress">
            {t("insp.checklist.rated", { done, total })}
          </Text>
        </Group>
        <Progress
          value={total === 0 ? 0 : (done / total) * 100}
          color={missing.length === 0 ? "green" : "blue"}
        />
        {checklist.note && (
          <Text size="sm" c="orange.8" mt={6} data-testid="checklist-note">
            {checklist.note[lang]}
          </Text>
        )}
        {!editable && inspection.status !== "closed" && inspection.conclusion === null && (
          <Text size="xs" c="dimmed" mt={6}>
            {t("insp.checklist.readOnly")}
          </Text>
        )}
      </Paper>
      <Accordion multiple defaultValue={checklist.areas.map((a) => a.code)} variant="separated">
        {checklist.areas.map((area) => {
          const rated = area.items.filter((i) => findings.has(i.code)).length;
          return (
            <Accordion.Item key={area.code} value={area.code} data-testid={`checklist-area-${area.code}`}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Text fw={600} size="sm" lineClamp={2}>
                    {area.code}. {area[lang]}
                  </Text>
                  <Badge
                    variant="light"
                    color={rated === area.items.length ? "green" : "gray"}
                    style={{ textTransform: "none", flexShrink: 0 }}
                  >
                    {rated}/{area.items.length}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {area.reason === "follow_up" && (
                    <Text size="xs" c="orange.8">
                      {t("insp.checklist.followUpAdded")}
                    </Text>
                  )}
                  {area.recommendations.length > 0 && (
                    <Text size="sm" fw={600} c="orange.8" data-testid="earlier-recommendations">
                      {t("insp.checklist.earlier", { count: area.recommendations.length })}
                    </Text>
                  )}
                  {area.items.map((item, i) => {
                    // Area 5: one item per open recommendation (R10), numbered 5.1, 5.2… on screen.
                    const rec = area.recommendations.find(
                      (r) => followUpItemCode(area.code, r) === item.code,
                    );
                    return (
                      <ChecklistItemCard
                        key={item.code}
                        inspectionId={inspection.id}
                        item={item}
                        finding={findings.get(item.code) ?? null}
                        files={filesOf(item.code)}
                        editable={editable}
                        onSaved={onSaved}
                        {...(rec
                          ? {
                              label: `${area.code}.${i + 1}`,
                              ...(rec.deadline
                                ? { hint: `${t("insp.rec.deadline")} ${formatDate(rec.deadline)}` }
                                : {}),
                            }
                          : {})}
                      />
                    );
                  })}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
