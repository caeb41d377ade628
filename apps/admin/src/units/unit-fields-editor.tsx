import { Alert, Badge, Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { PLAN_TEMPLATES } from "@par/domain";
import { describeError, useCan, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

/** Every field any plan template names, once, focus fields first (a unit's fields outlive one plan). */
const FIELDS = [
  ...new Map(
    Object.values(PLAN_TEMPLATES).flatMap((t) => t.fields.map((f) => [f.code, f] as const)),
  ).values(),
].sort((a, b) => Number(b.focus) - Number(a.focus));

/** R6: which fields the unit handles (units.setFields); read-only for users who may not change the register. */
export function UnitFieldsEditor({ unitId, fields }: { unitId: number; fields: string[] }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canWrite = useCan("units.write");
  const [value, setValue] = useState(fields);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(
    trpc.units.setFields.mutationOptions({
      onSuccess: async () => {
        setError(null);
        notify({ message: t("unitFields.saved") });
        await queryClient.invalidateQueries(trpc.units.get.queryFilter({ id: unitId }));
      },
      onError: (err) => setError(describeError(err, lang).summary),
    }),
  );
  const dirty = [...value].sort().join() !== [...fields].sort().join();
  return (
    <Stack gap={6} mt="md" data-testid="unit-fields">
      <Text fw={600} size="sm">
        {t("unitFields.title")}
      </Text>
      {canWrite ? (
        <>
          <Checkbox.Group value={value} onChange={setValue}>
            <Group gap="md">
              {FIELDS.map((f) => (
                <Checkbox
                  key={f.code}
                  value={f.code}
                  label={f.focus ? `${f[lang]} (${t("unitFields.focus")})` : f[lang]}
                />
              ))}
            </Group>
          </Checkbox.Group>
          <Text size="xs" c="dimmed">
            {t("unitFields.hint")}
          </Text>
          {error && (
            <Alert color="red" p="xs">
              {error}
            </Alert>
          )}
          <Group>
            <Button
              size="xs"
              disabled={!dirty}
              loading={save.isPending}
              onClick={() => save.mutate({ id: unitId, fields: value })}
              data-testid="unit-fields-save"
            >
              {t("unitFields.save")}
            </Button>
          </Group>
        </>
      ) : fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("unitFields.none")}
        </Text>
      ) : (
        <Group gap={4}>
          {FIELDS.filter((f) => fields.includes(f.code)).map((f) => (
            <Badge
              key={f.code}
              variant="light"
              color={f.focus ? "orange" : "gray"}
              style={{ textTransform: "none" }}
            >
              {f[lang]}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
