import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import type { Tier } from "@par/domain";
import { useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { type Dispatch, useDeferredValue, useState } from "react";
import type { WorkingAction } from "./working-set";

/** Adds any unit of the tier found by name or code (units.list); units already in the plan are marked. */
export function UnitSearchAdd({
  tier,
  taken,
  dispatch,
}: {
  tier: Tier;
  taken: ReadonlySet<number>;
  dispatch: Dispatch<WorkingAction>;
}) {
  const trpc = useTRPC();
  const { t } = useLang();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim());
  const found = useQuery({
    ...trpc.units.list.queryOptions({ query: deferred }),
    enabled: deferred.length >= 2,
  });
  const matches = (found.data ?? []).filter((u) => u.tier === tier).slice(0, 8);
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
            disabled={taken.has(u.id)}
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
              {taken.has(u.id) ? ` · ${t("admin.proposal.inPlan")}` : ""}
            </Text>
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
