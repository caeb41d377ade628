import { Grid, Stack, Text, Title } from "@mantine/core";
import { useLang } from "@par/ui";
import { ShopDetail } from "./shop-detail";
import { ShopList } from "./shop-list";

/** The one-stop shops the reviewer may watch, and the one the URL names. */
export function ShopsPage({ selectedId }: { selectedId: number | null }) {
  const { t } = useLang();
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t("camera.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("camera.subtitle")}
        </Text>
      </div>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ShopList selectedId={selectedId} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ShopDetail selectedId={selectedId} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
