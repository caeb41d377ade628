import { Alert, Loader, Stack, Text, Title } from "@mantine/core";
import { QueryError, type RegisterView, RegisterViewSwitch, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useLocation } from "wouter";
import { ScopeRootCard } from "./scope-root-card";

// The paged list (Select filters, the table) loads when the officer first asks for it.
const UnitPagedTable = lazy(() => import("@par/ui/paged").then((m) => ({ default: m.UnitPagedTable })));

/**
 * "Đơn vị của tôi": the officer's bound units, each with its direct subordinates grouped by kind, or every unit
 * in scope as a paged, searchable list (units.page).
 */
export function MyUnitPage() {
  const { t } = useLang();
  const [view, setView] = useState<RegisterView>("tree");
  const [, navigate] = useLocation();
  return (
    <Stack gap="md" data-testid="my-unit">
      <div>
        <Title order={2}>{t("portal.myUnit.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("portal.myUnit.subtitle")}
        </Text>
      </div>
      <RegisterViewSwitch view={view} onChange={setView} />
      {view === "tree" ? (
        <ScopeCards />
      ) : (
        <Suspense fallback={<Loader size="sm" />}>
          <UnitPagedTable
            selectedId={null}
            onOpen={(id) => navigate(`/units/${id}`)}
            maxHeight="calc(100vh - 420px)"
          />
        </Suspense>
      )}
    </Stack>
  );
}

/** The bound units (units.myScope), each with its direct subordinates grouped by kind. */
function ScopeCards() {
  const trpc = useTRPC();
  const { t } = useLang();
  const scope = useQuery(trpc.units.myScope.queryOptions());
  return (
    <>
      {scope.isPending && <Loader />}
      {scope.isError && <QueryError error={scope.error} onRetry={() => void scope.refetch()} />}
      {scope.data && scope.data.roots.length === 0 && (
        <Alert color="gray" data-testid="no-scope">
          {t("portal.myUnit.noScope")}
        </Alert>
      )}
      {scope.data?.roots.map((unit) => (
        <ScopeRootCard key={unit.id} unit={unit} />
      ))}
    </>
  );
}
