import { Alert, Group, Loader, NativeSelect, Stack } from "@mantine/core";
import { indexLevelOf } from "@par/domain";
import { QueryError, todayIso, useLang, useTRPC } from "@par/ui";
import { ScoreSheet } from "@par/ui/par-index";
import { useQuery } from "@tanstack/react-query";
import { useLocation } from "wouter";

/**
 * The unit's own PAR-index sheet (issue 11 §4): the clerk self-scores with a justification per
 * sub-criterion, sends it, and explains after Sở Nội vụ's first appraisal; the head reads it.
 */
export function ParIndexPage({ year }: { year: number }) {
  const { t } = useLang();
  const trpc = useTRPC();
  const [, navigate] = useLocation();
  const scope = useQuery(trpc.units.myScope.queryOptions());
  if (scope.error) return <QueryError error={scope.error} />;
  if (!scope.data) return <Loader m="md" />;
  // The unit scored is the account's own department or district (the root of its scope).
  const unit = scope.data.roots.find((u) => indexLevelOf(u.kind) !== null);
  const thisYear = Number(todayIso().slice(0, 4));
  const years = [...new Set([year, thisYear, thisYear - 1, thisYear - 2, 2023])]
    .sort((a, b) => b - a)
    .map(String);
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
      {unit ? (
        <ScoreSheet unitId={unit.id} year={year} />
      ) : (
        <Alert color="gray">{t("portal.myUnit.noScope")}</Alert>
      )}
    </Stack>
  );
}
