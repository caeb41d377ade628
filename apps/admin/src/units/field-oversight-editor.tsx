import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { describeError, useCan, useLang, useNotify, useTRPC } from "@par/ui";
import { UnitSearchSelect } from "@par/ui/paged";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

/**
 * R9's "thuộc phạm vi quản lý ngành, lĩnh vực": the units outside a department's tree that it inspects
 * internally, kept by Sở Nội vụ (internal.addFieldUnit / removeFieldUnit); read-only for others.
 */
export function FieldOversightEditor({ departmentId }: { departmentId: number }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const client = useQueryClient();
  const canWrite = useCan("units.write");
  const list = useQuery(trpc.internal.fieldUnits.queryOptions({ departmentId }));
  const [pick, setPick] = useState<{ id: number | null; name: string | null }>({ id: null, name: null });
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: trpc.internal.pathKey() });
  const add = useMutation(
    trpc.internal.addFieldUnit.mutationOptions({
      onSuccess: async () => {
        notify({ message: t("fieldOversight.added", { name: pick.name ?? "" }) });
        setPick({ id: null, name: null });
        await refresh();
      },
      onError: (err) => setError(describeError(err, lang).summary),
    }),
  );
  const remove = useMutation(
    trpc.internal.removeFieldUnit.mutationOptions({
      onSuccess: async (_, input) => {
        const name = list.data?.find((u) => u.id === input.unitId)?.name ?? "";
        notify({ message: t("fieldOversight.removed", { name }) });
        await refresh();
      },
      onError: (err) => setError(describeError(err, lang).summary),
    }),
  );
  return (
    <Stack gap={6} mt="md" data-testid="field-oversight">
      <Text fw={600} size="sm">
        {t("fieldOversight.title")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("fieldOversight.hint")}
      </Text>
      {list.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("fieldOversight.empty")}
        </Text>
      )}
      {list.data?.map((u) => (
        <Group key={u.id} justify="space-between" wrap="nowrap" data-testid="field-unit">
          <Text size="sm">{u.name}</Text>
          {canWrite && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate({ departmentId, unitId: u.id })}
            >
              {t("fieldOversight.remove")}
            </Button>
          )}
        </Group>
      ))}
      {canWrite && (
        <Group align="flex-end">
          <UnitSearchSelect
            label={t("fieldOversight.choose")}
            value={pick.id}
            valueName={pick.name}
            onChange={(id, name) => {
              setPick({ id, name });
              setError(null);
            }}
            w={320}
            data-testid="field-unit-select"
          />
          <Button
            disabled={pick.id === null}
            loading={add.isPending}
            onClick={() => pick.id !== null && add.mutate({ departmentId, unitId: pick.id })}
            data-testid="field-unit-add"
          >
            {t("fieldOversight.add")}
          </Button>
        </Group>
      )}
      {error && <Alert color="red">{error}</Alert>}
    </Stack>
  );
}
