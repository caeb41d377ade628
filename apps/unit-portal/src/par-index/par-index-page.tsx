import { Alert, Group, Loader, NativeSelect, Stack, Tabs } from "@mantine/core";
import { type IndexLevel, indexLevelOf } from "@par/domain";
import { QueryError, todayIso, useLang, useScreenDictionary, useTRPC } from "@par/ui";
import { PAR_INDEX_DICTIONARY, RankingView, ScoreSheet } from "@par/ui/par-index";
import { useQuery } from "@tanstack/react-query";
import { useLocation, useSearch } from "wouter";

/**
 * The unit's own PAR-index sheet (issue 11 §4): the clerk self-scores with a justification and evidence
 * files per sub-criterion, sends it, and explains after Sở Nội vụ's first appraisal; the head reads it.
 * Once Sở Nội vụ publishes a level's ranking, the unit reads it here too (read-only).
 */
export function ParIndexPage({ year }: { year: number }) {
  useScreenDictionary(PAR_INDEX_DICTIONARY);
  const { t } = useLang();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const search = useSearch();
  const scope = useQuery(trpc.units.myScope.queryOptions());
  const publications = useQuery(trpc.parIndex.publications.queryOptions({ year }));
  if (scope.error) return <QueryError error={scope.error} />;
  if (!scope.data) return <Loader m="md" />;
  // The unit scored is the account's own department or district (the root of its scope).
  const unit = scope.data.roots.find((u) => indexLevelOf(u.kind) !== null);
  const published: IndexLevel[] = (publications.data ?? []).filter((p) => p.publishedAt).map((p) => p.level);
  const thisYear = Number(todayIso().slice(0, 4));
  const years = [...new Set([year, thisYear, thisYear - 1, thisYear - 2, 2023])]
    .sort((a, b) => b - a)
    .map(String);
  const sheet = unit ? (
    <ScoreSheet unitId={unit.id} year={year} />
  ) : (
    <Alert color="gray">{t("portal.myUnit.noScope")}</Alert>
  );
  return (
    <Stack gap="sm" p="md">
      <Group>
        <NativeSelect
          label={t("portal.parIndexYear")}
          data={years}
          value={String(year)}
          onChange={(e) => navigate(`/par-index/${e.currentTarget.value}`)}
          w={140}
        />
      </Group>
      {published.length === 0 ? (
        sheet
      ) : (
        <Tabs
          defaultValue={new URLSearchParams(search).get("tab") === "ranking" ? "ranking" : "sheet"}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="sheet">{t("parIndex.mySheet")}</Tabs.Tab>
            <Tabs.Tab value="ranking" data-testid="portal-ranking-tab">
              {t("parIndex.myRanking")}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sheet" pt="sm">
            {sheet}
          </Tabs.Panel>
          <Tabs.Panel value="ranking" pt="sm">
            <RankingView year={year} levels={published} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
