import { Group, Loader, NativeSelect, SegmentedControl, Stack, Tabs, Text, Title } from "@mantine/core";
import type { IndexLevel } from "@par/domain";
import { DownloadLink, QueryError, todayIso, useCan, useLang, useScreenDictionary, useTRPC } from "@par/ui";
import { PAR_INDEX_DICTIONARY, RankingView } from "@par/ui/par-index";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation } from "wouter";
import { ADMIN_PAR_INDEX_DICTIONARY } from "./admin-par-index-dictionary";
import { DeadlinesForm } from "./deadlines-form";
import { SheetsList } from "./sheets-list";
import { TreeEditor } from "./tree-editor";
import { TreeImport } from "./tree-import";

/** The tree in force for a year and level, its editor, import and export, and its deadlines. */
function TreeTab({ year, canWrite }: { year: number; canWrite: boolean }) {
  const { t } = useLang();
  const trpc = useTRPC();
  const [level, setLevel] = useState<IndexLevel>("district");
  const tree = useQuery(trpc.parIndex.tree.queryOptions({ year, level }));
  if (tree.error) return <QueryError error={tree.error} />;
  const data = tree.data;
  return (
    <Stack gap="sm">
      <DeadlinesForm year={year} canWrite={canWrite} />
      <Group justify="space-between">
        <SegmentedControl
          value={level}
          onChange={(v) => setLevel(v as IndexLevel)}
          data={[
            { value: "district", label: t("parIndex.level.district") },
            { value: "department", label: t("parIndex.level.department") },
          ]}
        />
        <DownloadLink href={`/files/docs/par-index/tree.xlsx?year=${year}&level=${level}`}>
          {t("parIndexAdmin.export")}
        </DownloadLink>
      </Group>
      {!data ? (
        <Loader />
      ) : (
        <>
          <Text size="sm" c={data.versionId ? undefined : "orange"} data-testid="tree-status">
            {data.versionId
              ? t("parIndexAdmin.stored", { version: data.version })
              : t("parIndexAdmin.notStored")}
            {data.example ? ` — ${t("parIndex.example")}` : ""}
          </Text>
          {canWrite && <TreeImport year={year} level={level} title={data.title} basis={data.basis} />}
          <TreeEditor
            key={`${level}-${data.versionId}`}
            year={year}
            level={level}
            tree={data}
            canWrite={canWrite}
          />
        </>
      )}
    </Stack>
  );
}

/**
 * Chỉ số CCHC (issue 11 §3–§5): the index tree and deadlines, the units' sheets (Sở Nội vụ), and the
 * ranking (also the leader's view: read-only, no editing).
 */
export function ParIndexPage({ year }: { year: number }) {
  useScreenDictionary(PAR_INDEX_DICTIONARY);
  useScreenDictionary(ADMIN_PAR_INDEX_DICTIONARY);
  const { t } = useLang();
  const [, navigate] = useLocation();
  const canWrite = useCan("plans.write");
  const canRank = useCan("reports.export");
  const thisYear = Number(todayIso().slice(0, 4));
  const years = [...new Set([year, thisYear, thisYear - 1, thisYear - 2, 2023])]
    .sort((a, b) => b - a)
    .map(String);
  return (
    <Stack gap="md" p="md">
      <Group justify="space-between">
        <Title order={2}>{t("parIndex.title", { year })}</Title>
        <NativeSelect
          label={t("parIndexAdmin.year")}
          data={years}
          value={String(year)}
          onChange={(e) => navigate(`/par-index/${e.currentTarget.value}`)}
          w={110}
        />
      </Group>
      <Tabs defaultValue={canRank && !canWrite ? "ranking" : "tree"} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="tree">{t("parIndex.tabs.tree")}</Tabs.Tab>
          {canWrite && <Tabs.Tab value="sheets">{t("parIndex.tabs.sheets")}</Tabs.Tab>}
          {canRank && <Tabs.Tab value="ranking">{t("parIndex.tabs.ranking")}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="tree" pt="sm">
          <TreeTab year={year} canWrite={canWrite} />
        </Tabs.Panel>
        {canWrite && (
          <Tabs.Panel value="sheets" pt="sm">
            <SheetsList year={year} />
          </Tabs.Panel>
        )}
        {canRank && (
          <Tabs.Panel value="ranking" pt="sm">
            <RankingView year={year} canPublish={canWrite} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
