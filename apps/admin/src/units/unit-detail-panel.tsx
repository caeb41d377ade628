import { Alert, Button, EmptyState, Loader, Paper } from "@mantine/core";
import { ALLOWED_PARENT_KINDS, UNIT_KINDS, type UnitKind } from "@par/domain";
import { QueryError, ScrollPane, type UnitDto, UnitFacts, useCan, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { UnitCloseModal, UnitEditModal } from "./lazy-modals";
import { UnitFieldsEditor } from "./unit-fields-editor";
import { UnitLineage } from "./unit-lineage";

// Loads with the first department opened: its unit search (Select) stays out of the admin's first load.
const FieldOversightEditor = lazy(() =>
  import("./field-oversight-editor").then((m) => ({ default: m.FieldOversightEditor })),
);

/** Kinds that may sit under a unit of this kind: whether "add a subordinate unit" makes sense. */
function mayHaveChildren(kind: UnitKind): boolean {
  return UNIT_KINDS.some((k) => (ALLOWED_PARENT_KINDS[k] as readonly UnitKind[]).includes(kind));
}

interface UnitDetailPanelProps {
  selectedId: number | null;
  onAddChild: (parentId: number) => void;
}

export function UnitDetailPanel({ selectedId, onAddChild }: UnitDetailPanelProps) {
  const { t } = useLang();
  if (selectedId === null) {
    return (
      <Paper withBorder p="xl">
        <EmptyState title={t("admin.units.pickOne")} size="sm" />
      </Paper>
    );
  }
  if (!Number.isInteger(selectedId) || selectedId <= 0) {
    return <Alert color="gray">{t("admin.units.badId")}</Alert>;
  }
  return <LoadedDetail id={selectedId} onAddChild={onAddChild} />;
}

function LoadedDetail({ id, onAddChild }: { id: number; onAddChild: (parentId: number) => void }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const canWrite = useCan("units.write");
  const detail = useQuery(trpc.units.get.queryOptions({ id }));
  const [editing, setEditing] = useState<UnitDto | null>(null);
  const [closing, setClosing] = useState<UnitDto | null>(null);

  if (detail.isPending) return <Loader m="md" />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const unit = detail.data.unit;
  const actions = canWrite ? (
    <>
      <Button size="xs" variant="default" onClick={() => setEditing(unit)} data-testid="unit-edit">
        {t("admin.units.edit")}
      </Button>
      {mayHaveChildren(unit.kind) && !unit.validTo && (
        <Button size="xs" variant="light" onClick={() => onAddChild(unit.id)} data-testid="unit-add-child">
          {t("admin.units.addChild")}
        </Button>
      )}
      {!unit.validTo && unit.kind !== "province" && (
        <Button
          size="xs"
          variant="light"
          color="red"
          onClick={() => setClosing(unit)}
          data-testid="unit-close"
        >
          {t("admin.units.close")}
        </Button>
      )}
    </>
  ) : undefined;

  return (
    <Paper withBorder p="md">
      <ScrollPane maxHeight="calc(100vh - 200px)">
        <UnitFacts detail={detail.data} hrefOf={(uid) => `/units/${uid}`} actions={actions} />
        <UnitFieldsEditor key={unit.id} unitId={unit.id} fields={detail.data.fields} />
        {(unit.kind === "department" || unit.kind === "agency") && (
          <FieldOversightEditor departmentId={unit.id} />
        )}
        <UnitLineage id={unit.id} />
      </ScrollPane>
      <Suspense fallback={null}>
        {editing && <UnitEditModal unit={editing} onClose={() => setEditing(null)} />}
        {closing && <UnitCloseModal unit={closing} onClose={() => setClosing(null)} />}
      </Suspense>
    </Paper>
  );
}
