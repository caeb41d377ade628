import { Alert, Badge, Loader, Stack, Tabs } from "@mantine/core";
import { hasStarted } from "@par/domain";
import { QueryError, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SelfCheckPanel } from "../responses/self-check-panel";
import { ChecklistPanel } from "./checklist-panel";
import { ConclusionPanel } from "./conclusion-panel";
import { DecisionPanel } from "./decision-panel";
import { FollowUpPanel } from "./follow-up-panel";
import { InspectionHeader } from "./inspection-header";
import type { InspectionDetail } from "./inspection-types";
import { NoticePanel } from "./notice-panel";
import { TeamPanel } from "./team-panel";

type Tab = "team" | "checklist" | "conclusion" | "followUp";

/** Where the work of the moment is: the team before the visit, the checklist during, follow-up after. */
function firstTab(i: InspectionDetail): Tab {
  if (i.conclusion) return "followUp";
  if (i.nextSteps.includes("concluded")) return "conclusion";
  if (hasStarted(i.status)) return "checklist";
  return "team";
}

/** One inspection end to end: header and steps, team and notice, checklist, conclusion, follow-up. */
export function InspectionPage({ id }: { id: number }) {
  const { t } = useLang();
  const trpc = useTRPC();
  const valid = Number.isInteger(id) && id > 0;
  const detail = useQuery({ ...trpc.inspections.get.queryOptions({ id: valid ? id : 1 }), enabled: valid });
  const [tab, setTab] = useState<Tab | null>(null);
  if (!valid) return <Alert color="gray">{t("insp.badId")}</Alert>;
  if (detail.isPending) return <Loader m="md" />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const i = detail.data;
  // The API lists the steps this user may take now: none for read-only users (leadership) and other bodies.
  const mayAct = i.nextSteps.length > 0;
  const working = mayAct && hasStarted(i.status) && i.conclusion === null;
  const open = i.recommendations.filter((r) => r.status !== "resolved").length;
  return (
    <Stack gap="md">
      <InspectionHeader inspection={i} />
      <Tabs value={tab ?? firstTab(i)} onChange={(v) => setTab(v as Tab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="team" data-testid="tab-team">
            {i.form === "announced" ? t("insp.tabs.teamNotice") : t("insp.tabs.team")}
          </Tabs.Tab>
          <Tabs.Tab value="checklist" data-testid="tab-checklist">
            {t("insp.tabs.checklist")}{" "}
            <Badge size="xs" variant="light" ml={4}>
              {i.findings.length}
            </Badge>
          </Tabs.Tab>
          <Tabs.Tab value="conclusion" data-testid="tab-conclusion">
            {t("insp.tabs.conclusion")}
          </Tabs.Tab>
          <Tabs.Tab value="followUp" data-testid="tab-follow-up">
            {t("insp.tabs.followUp")}
            {i.recommendations.length > 0 && (
              <Badge size="xs" variant="light" color={open > 0 ? "orange" : "green"} ml={4}>
                {open}/{i.recommendations.length}
              </Badge>
            )}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="team" pt="md">
          <Stack gap="md">
            <TeamPanel inspection={i} editable={mayAct && i.conclusion === null} />
            <DecisionPanel inspection={i} editable={mayAct && i.status !== "cancelled"} />
            {i.form === "announced" && <NoticePanel inspection={i} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="checklist" pt="md">
          {/* The unit's self-check report, beside the team's own findings (issue 9 §3). */}
          {i.form === "announced" && <SelfCheckPanel inspection={i} />}
          {hasStarted(i.status) ? (
            <ChecklistPanel inspection={i} editable={working} />
          ) : (
            <Stack gap="sm">
              <Alert color="blue" variant="light">
                {t("insp.checklist.notStarted")}
              </Alert>
              <ChecklistPanel inspection={i} editable={false} />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="conclusion" pt="md">
          <ConclusionPanel inspection={i} />
        </Tabs.Panel>
        <Tabs.Panel value="followUp" pt="md">
          <FollowUpPanel inspection={i} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
