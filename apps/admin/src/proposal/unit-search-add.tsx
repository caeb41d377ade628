import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import type { Tier } from "@par/domain";
import { useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { type Dispatch, useDeferredValue, useState } from "react";
import type { WorkingAction } from "./working-set";

/**
 * Adds any unit of the tier's pool found by name or code (plans.coverageUnits: the server searches and
 * says which are already done or planned); units already in the plan or picked are marked.
 */
export function UnitSearchAdd({
  year,
  tier,
  picked,
  dispatch,
}: {
  year: number;
  tier: Tier;
  picked: ReadonlySet<number>;
  dispatch: Dispatch<WorkingAction>;
}) {
  const trpc = useTRPC();
  const { t } = useLang();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim());
  const found = useQuery({
    ...trpc.plans.coverageUnits.queryOptions({ year, tier, query: deferred, limit: 8 }),
    enabled: deferred.length >= 2,
  });
  const matches = found.data?.items ?? [];
  const taken = (u: (typeof matches)[number]) => u.state !== "missing" || picked.has(u.id);
  return (
    <Stack gap={4}>
      <TextInput
        size="xs"
        label={t("admin.proposal.search")}
        placeholder={t("admin.proposal.searchPlaceholder")}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={360}
        data-testid={`proposal-search-${tier}`}
      />
      {deferred.length >= 2 && found.isSuccess && matches.length === 0 && (
        <Text size="xs" c="dimmed">
          {t("admin.proposal.noResult")}
        </Text>
      )}
      {matches.map((u) => (
        <Group key={u.id} gap="xs" wrap="nowrap">
          <Button
            size="compact-xs"
            variant="light"
            disabled={taken(u)}
            aria-label={t("admin.proposal.addUnit", { name: u.name })}
            onClick={() => {
              dispatch({
                type: "addUnit",
                pick: {
                  unitId: u.id,
                  code: u.code,
                  name: u.name,
                  tier,
                  score: null,
                  month: null,
                  reasons: null,
                  form: "announced",
                },
              });
              setQuery("");
            }}
            data-testid="proposal-search-add"
          >
            {t("admin.proposal.add")}
          </Button>
          <Text size="sm">
            {u.name}{" "}
            <Text span size="xs" c="dimmed">
              {u.code}
              {taken(u) ? ` · ${t("admin.proposal.inPlan")}` : ""}
            </Text>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
