import { Alert, EmptyState, Group, Paper, Stack, Table, Title } from "@mantine/core";
import { tierOfKind } from "@par/domain";
import { tierLabel, UnitKindBadge, useLang, useTRPC, ValidityText } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { FeedNotice } from "../counters/feed-notice";
import { CounterGrid } from "./counter-grid";

/** The selected one-stop shop: its facts and its counters, live. */
export function ShopDetail({ selectedId }: { selectedId: number | null }) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  // The one shop the URL names, by id: the list's pages need not hold it.
  const shops = useQuery({
    ...trpc.units.oneStopShops.queryOptions({ id: selectedId ?? 1, limit: 1 }),
    enabled: selectedId !== null,
  });
  if (selectedId === null) {
    return (
      <Paper withBorder p="xl">
        <EmptyState title={t("camera.pickOne")} size="sm" />
      </Paper>
    );
  }
  if (!shops.data) return null;
  const shop = shops.data.items[0];
  if (!shop) return <Alert color="gray">{t("camera.notInList")}</Alert>;
  const parent = shop.parent;
  return (
    <Paper withBorder p="md" data-testid="shop-detail">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={3}>{shop.name}</Title>
          <UnitKindBadge kind={shop.kind} name={shop.name} />
        </Group>
        <Table variant="vertical" withTableBorder layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={180}>{t("unit.code")}</Table.Th>
              <Table.Td ff="monospace">{shop.code}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t("unit.tier")}</Table.Th>
              <Table.Td>{tierLabel(tierOfKind(shop.kind), lang)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t("camera.parentOf")}</Table.Th>
              <Table.Td>{parent?.name ?? t("common.none")}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t("unit.validity")}</Table.Th>
              <Table.Td>
                <ValidityText validFrom={shop.validFrom} validTo={shop.validTo} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <FeedNotice />
        <Title order={4}>{t("camera.counters")}</Title>
        <CounterGrid shopUnitId={shop.id} />
      </Stack>
    </Paper>
  );
}
