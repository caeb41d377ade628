import { Alert, Anchor, Loader, Paper, Stack } from "@mantine/core";
import { QueryError, UnitFacts, useLang, useTRPC } from "@par/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";

/**
 * One unit (units.get). A unit outside the officer's scope — say an id typed into the URL — is refused
 * by the server with FORBIDDEN; the page then shows the refusal and nothing else.
 */
export function PortalUnitPage({ id }: { id: number }) {
  const { t } = useLang();
  const valid = Number.isInteger(id) && id > 0;
  return (
    <Stack gap="md">
      <Anchor component={Link} href="/my-unit" size="sm">
        {t("portal.unit.backToMine")}
      </Anchor>
      {valid ? <Detail id={id} /> : <Alert color="gray">{t("portal.unit.badId")}</Alert>}
    </Stack>
  );
}

function Detail({ id }: { id: number }) {
  const trpc = useTRPC();
  const { t } = useLang();
  const detail = useQuery(trpc.units.get.queryOptions({ id }));
  const scope = useQuery(trpc.units.myScope.queryOptions());
  if (detail.isPending) return <Loader />;
  if (detail.isError) {
    return (
      <QueryError
        error={detail.error}
        forbiddenMessage={t("portal.unit.forbidden")}
        onRetry={() => void detail.refetch()}
      />
    );
  }
  return (
    <Paper withBorder p="md" maw={960}>
      <UnitFacts
        detail={detail.data}
        hrefOf={(uid) => `/units/${uid}`}
        linkable={linkableWithin(detail.data.ancestors, scope.data?.roots ?? [])}
      />
    </Paper>
  );
}

/**
 * A unit shown on the page may be opened when it lies in the officer's scope: the children of a unit
 * in scope always do; an ancestor does from the officer's own root down (the server refuses the rest).
 */
function linkableWithin(ancestors: readonly { id: number }[], roots: readonly { id: number }[]) {
  const rootIds = new Set(roots.map((r) => r.id));
  const from = ancestors.findIndex((a) => rootIds.has(a.id));
  const outside = new Set((from === -1 ? ancestors : ancestors.slice(0, from)).map((a) => a.id));
  return (id: number) => !outside.has(id);
}
