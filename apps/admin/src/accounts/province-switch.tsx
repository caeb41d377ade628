import { NativeSelect, Text } from "@mantine/core";
import { useLang, useTRPC } from "@par/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/**
 * The province the screens show. A national body (Bộ Nội vụ) picks any; everyone else sees their own
 * province's name. Choosing asks every screen again: each read is scoped on the server.
 */
export function ProvinceSwitch() {
  const { t } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const provinces = useQuery(trpc.auth.provinces.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const choose = useMutation(
    trpc.auth.chooseProvince.mutationOptions({
      // Everything cached belonged to the other province.
      onSuccess: () => void queryClient.invalidateQueries(),
    }),
  );
  const data = provinces.data;
  if (!data || data.provinces.length === 0) return null;
  if (data.provinces.length === 1) {
    return (
      <Text size="sm" c="dimmed" visibleFrom="lg" data-testid="province-name">
        {data.provinces[0]!.name}
      </Text>
    );
  }
  return (
    // A native select: the header is in the first load, and Mantine's Select would weigh on it.
    <NativeSelect
      aria-label={t("province.label")}
      title={t("province.label")}
      size="xs"
      w={200}
      data-testid="province-switch"
      data={data.provinces.map((p) => ({ value: String(p.id), label: p.name }))}
      value={data.current === null ? "" : String(data.current)}
      onChange={(e) => choose.mutate({ provinceId: Number(e.currentTarget.value) })}
    />
  );
}
