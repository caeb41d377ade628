import {
  Button,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import {
  DateInput,
  ForbiddenNotice,
  formatDateTime,
  parseDateInput,
  QueryError,
  useCan,
  useLang,
  useTRPC,
} from "@par/ui";
import { nextCursorOf, UnitSearchSelect, useCursorPages } from "@par/ui/paged";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { AuditDiff } from "./audit-diff";

/** Audit log (nhật ký): audit.read only; newest first, filtered, a page at a time ("Tải thêm"). */
export function AuditPage() {
  const { t } = useLang();
  const canRead = useCan("audit.read");
  if (!canRead) return <ForbiddenNotice />;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t("audit.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("audit.subtitle")}
        </Text>
      </div>
      <AuditLog />
    </Stack>
  );
}

function label(t: (k: string) => string, key: string, fallback: string): string {
  const v = t(key);
  return v === key ? fallback : v;
}

function AuditLog() {
  const { t } = useLang();
  const trpc = useTRPC();
  const [userId, setUserId] = useState<string | null>(null);
  const [unit, setUnit] = useState<{ id: number; name: string | null } | null>(null);
  const [fromText, setFrom] = useState("");
  const [toText, setTo] = useState("");
  const [open, setOpen] = useState<Set<number>>(new Set());
  const from = fromText.trim() ? parseDateInput(fromText) : undefined;
  const to = toText.trim() ? parseDateInput(toText) : undefined;
  // Users seen so far (there is no user list for the screen): enough to narrow the log to one person.
  const [seenUsers, setSeenUsers] = useState<Map<number, string>>(new Map());

  const input = {
    limit: 50,
    ...(userId ? { userId: Number(userId) } : {}),
    ...(unit ? { unitId: unit.id } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const log = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(input, {
      getNextPageParam: nextCursorOf,
    }),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages(log);
  const rows = pages.rows;
  const newUsers = rows.filter((r) => r.userId !== null && r.username && !seenUsers.has(r.userId));
  if (newUsers.length > 0) {
    const next = new Map(seenUsers);
    for (const r of newUsers) next.set(r.userId!, r.username!);
    setSeenUsers(next);
  }
  const toggle = (id: number) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end" wrap="wrap" data-testid="audit-filters">
          <Select
            label={t("audit.user")}
            title={t("audit.userHint")}
            w={220}
            clearable
            searchable
            placeholder={t("audit.any")}
            data={[...seenUsers].map(([id, name]) => ({ value: String(id), label: name }))}
            value={userId}
            onChange={setUserId}
            data-testid="audit-filter-user"
          />
          <UnitSearchSelect
            label={t("audit.unit")}
            w={300}
            includeClosed
            placeholder={t("audit.any")}
            value={unit?.id ?? null}
            valueName={unit?.name ?? null}
            onChange={(id, name) => setUnit(id === null ? null : { id, name })}
            data-testid="audit-filter-unit"
          />
          <DateInput
            label={t("audit.from")}
            value={fromText}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={from === null ? t("common.invalidDate") : undefined}
            data-testid="audit-filter-from"
          />
          <DateInput
            label={t("audit.to")}
            value={toText}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={to === null ? t("common.invalidDate") : undefined}
            data-testid="audit-filter-to"
          />
          <Button
            variant="subtle"
            size="sm"
            onClick={() => {
              setUserId(null);
              setUnit(null);
              setFrom("");
              setTo("");
            }}
          >
            {t("audit.clear")}
          </Button>
        </Group>
      </Paper>
      {log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : log.isPending ? (
        <Loader m="md" />
      ) : rows.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed" ta="center">
            {t("audit.empty")}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table layout="fixed" striped verticalSpacing={6} data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>{t("audit.time")}</Table.Th>
                <Table.Th w={150}>{t("audit.user")}</Table.Th>
                <Table.Th w={190}>{t("audit.action")}</Table.Th>
                <Table.Th w={200}>{t("audit.entity")}</Table.Th>
                <Table.Th>{t("audit.unit")}</Table.Th>
                <Table.Th w={130} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Fragment key={r.id}>
                  <Table.Tr data-testid="audit-row">
                    <Table.Td>
                      <Text size="sm">{formatDateTime(r.at)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" truncate>
                        {r.username ?? t("audit.system")}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{label(t, `audit.actions.${r.action}`, r.action)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" truncate>
                        {label(t, `audit.entities.${r.entity}`, r.entity)}
                        {r.entityId ? ` #${r.entityId}` : ""}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" truncate>
                        {r.unitId === null ? "—" : (r.unitName ?? `#${r.unitId}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <UnstyledButton
                        fz="sm"
                        c="blue.7"
                        onClick={() => toggle(r.id)}
                        aria-expanded={open.has(r.id)}
                        data-testid="audit-toggle"
                      >
                        {open.has(r.id) ? t("audit.hide") : t("audit.show")}
                      </UnstyledButton>
                    </Table.Td>
                  </Table.Tr>
                  {open.has(r.id) && (
                    <Table.Tr>
                      <Table.Td colSpan={6} bg="white">
                        <AuditDiff before={r.before} after={r.after} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {rows.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("audit.shown", { count: rows.length })}
          </Text>
          {pages.hasMore ? (
            <Button
              variant="light"
              onClick={pages.loadMore}
              loading={pages.loadingMore}
              data-testid="audit-more"
            >
              {t("audit.more")}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t("audit.end")}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
