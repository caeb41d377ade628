import { Grid, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { type RegisterView, RegisterViewSwitch, useLang } from "@par/ui";
import { Suspense, useState } from "react";
import { useLocation } from "wouter";
import { EarlierImportLink } from "../import/earlier-import-link";
import { UnitImportLink } from "../import/unit-import-link";
import { RestructureLink } from "../restructure/restructure-link";
import { UnitCreateModal, UnitPagedTable } from "./lazy-modals";
import { TierCounts } from "./tier-counts";
import { UnitDetailPanel } from "./unit-detail-panel";
import { UnitTreePanel } from "./unit-tree-panel";

/** The unit register: tree by tier on the left, the selected unit (from the URL) on the right. */
export function UnitsPage({ selectedId }: { selectedId: number | null }) {
  const { t } = useLang();
  // undefined: closed; null: a top-level unit; a number: a child of that unit.
  const [createUnder, setCreateUnder] = useState<number | null | undefined>(undefined);
  const [view, setView] = useState<RegisterView>("tree");
  const [, navigate] = useLocation();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2}>{t("admin.units.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("admin.units.subtitle")}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <UnitImportLink />
          <EarlierImportLink />
          <RestructureLink />
          <TierCounts />
        </Group>
      </Group>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack mb="xs">
            <RegisterViewSwitch view={view} onChange={setView} />
          </Stack>
          {view === "tree" ? (
            <UnitTreePanel selectedId={selectedId} onAdd={() => setCreateUnder(null)} />
          ) : (
            <Suspense fallback={<Loader size="sm" m="md" />}>
              <UnitPagedTable selectedId={selectedId} onOpen={(id) => navigate(`/units/${id}`)} />
            </Suspense>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <UnitDetailPanel selectedId={selectedId} onAddChild={(parentId) => setCreateUnder(parentId)} />
        </Grid.Col>
      </Grid>
      <Suspense fallback={null}>
        {createUnder !== undefined && (
          <UnitCreateModal parentId={createUnder} onClose={() => setCreateUnder(undefined)} />
        )}
      </Suspense>
    </Stack>
  );
}
