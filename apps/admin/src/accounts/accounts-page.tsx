import { Badge, Button, Group, Modal, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { RouterOutputs } from "@par/api/types";
import {
  ForbiddenNotice,
  QueryError,
  roleLabel,
  useCan,
  useLang,
  useMe,
  useNotify,
  useScreenDictionary,
  useTRPC,
} from "@par/ui";
import { nextCursorOf, type PagedColumn, PagedTable, useCursorPages } from "@par/ui/paged";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { AccountForm } from "./account-form";
import { AccountImport } from "./account-import";
import { ACCOUNTS_DICTIONARY } from "./accounts-dictionary";
import { ResetPasswordForm } from "./reset-password-form";

const SCREEN_DICTIONARY = {
  vi: { accounts: ACCOUNTS_DICTIONARY.vi },
  en: { accounts: ACCOUNTS_DICTIONARY.en },
};

type Account = RouterOutputs["accounts"]["list"]["items"][number];

/** Sở Nội vụ's accounts of its province (issue 9 §7): list, grant, reset, disable, import. */
export function AccountsPage() {
  useScreenDictionary(SCREEN_DICTIONARY);
  const { t } = useLang();
  if (!useCan("users.manage")) return <ForbiddenNotice message={t("accounts.forbidden")} />;
  return <Accounts />;
}

function Accounts() {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [search, setSearch] = useState("");
  const [query] = useDebouncedValue(search.trim(), 250);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<Account | null>(null);
  const list = useInfiniteQuery({
    ...trpc.accounts.list.infiniteQueryOptions(
      { limit: 50, ...(query ? { query } : {}) },
      { getNextPageParam: nextCursorOf },
    ),
    placeholderData: keepPreviousData,
  });
  const pages = useCursorPages(list);
  const setActive = useMutation(
    trpc.accounts.setActive.mutationOptions({
      onSuccess: async (a) => {
        await queryClient.invalidateQueries(trpc.accounts.list.pathFilter());
        notify({
          message: t(a.active ? "accounts.enabledDone" : "accounts.disabledDone", { name: a.username }),
          color: "green",
        });
      },
    }),
  );
  const columns: PagedColumn<Account>[] = [
    { key: "username", header: t("accounts.username"), width: 170, render: (a) => a.username },
    {
      key: "name",
      header: t("accounts.displayName"),
      render: (a) => (a.email ? `${a.displayName} · ${a.email}` : a.displayName),
    },
    {
      key: "role",
      header: t("accounts.role"),
      width: 250,
      render: (a) => (
        <Text size="sm">
          {a.role ? roleLabel(a.role, lang) : "—"}
          {a.unit ? ` · ${a.unit.name}` : ""}
        </Text>
      ),
    },
    {
      key: "status",
      header: t("accounts.status"),
      width: 170,
      render: (a) => (
        <Group gap={4}>
          <Badge color={a.active ? "green" : "gray"} variant="light">
            {t(a.active ? "accounts.active" : "accounts.disabled")}
          </Badge>
          {a.mustChangePassword && (
            <Badge color="yellow" variant="light">
              {t("accounts.mustChange")}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: "actions",
      header: t("accounts.actions"),
      width: 230,
      render: (a) => (
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" variant="light" onClick={() => setResetting(a)}>
            {t("accounts.reset")}
          </Button>
          {a.id !== me.id && (
            <Button
              size="compact-xs"
              variant="subtle"
              color={a.active ? "red" : "green"}
              onClick={() => setActive.mutate({ userId: a.id, active: !a.active })}
            >
              {t(a.active ? "accounts.disable" : "accounts.enable")}
            </Button>
          )}
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t("accounts.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("accounts.subtitle")}
          </Text>
        </div>
        <Button onClick={() => setCreating(true)} data-testid="account-create">
          {t("accounts.create")}
        </Button>
      </Group>
      <TextInput
        label={t("accounts.search")}
        placeholder={t("accounts.searchPlaceholder")}
        w={320}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <PagedTable pages={pages} columns={columns} rowKey={(a) => a.id} testId="accounts-table" />
      )}
      <AccountImport />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("accounts.createTitle")} centered>
        <AccountForm onDone={() => setCreating(false)} />
      </Modal>
      <Modal
        opened={resetting !== null}
        onClose={() => setResetting(null)}
        title={resetting ? t("accounts.resetTitle", { name: resetting.username }) : ""}
        centered
      >
        {resetting && <ResetPasswordForm account={resetting} onDone={() => setResetting(null)} />}
      </Modal>
    </Stack>
  );
}
