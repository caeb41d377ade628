import { Alert, Button, PasswordInput, Select, Stack, TextInput } from "@mantine/core";
import { PROVINCE_GRANTABLE_ROLES, ROLE_POLICIES, type Role } from "@par/domain";
import { describeError, roleLabel, useLang, useNotify, useTRPC } from "@par/ui";
import { UnitSearchSelect } from "@par/ui/paged";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";

/** A new account of the province: username, name, role, the unit for a unit-bound role, a temporary password. */
export function AccountForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("unit_officer");
  const [unit, setUnit] = useState<{ id: number; name: string | null } | null>(null);
  const [password, setPassword] = useState("");
  const [email, setEmail] = useState("");
  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: async (a) => {
        await queryClient.invalidateQueries(trpc.accounts.list.pathFilter());
        notify({ message: t("accounts.created", { name: a.username }), color: "green" });
        onDone();
      },
    }),
  );
  const error = create.error ? describeError(create.error, lang, (f) => t(`accounts.${f}`)) : null;
  const needsUnit = ROLE_POLICIES[role].needsUnit;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      username: username.trim(),
      displayName: displayName.trim(),
      role,
      unitId: needsUnit ? (unit?.id ?? null) : null,
      password,
      email: email.trim(),
    });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="account-form">
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error.summary}
          </Alert>
        )}
        <TextInput
          label={t("accounts.username")}
          name="username"
          required
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={error?.fieldErrors.username}
        />
        <TextInput
          label={t("accounts.displayName")}
          name="displayName"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={error?.fieldErrors.displayName}
        />
        <Select
          label={t("accounts.role")}
          data-testid="account-role"
          allowDeselect={false}
          data={PROVINCE_GRANTABLE_ROLES.map((r) => ({ value: r, label: roleLabel(r, lang) }))}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
          error={error?.fieldErrors.role}
        />
        {needsUnit && (
          <UnitSearchSelect
            label={t("accounts.unit")}
            value={unit?.id ?? null}
            valueName={unit?.name ?? null}
            onChange={(id, name) => setUnit(id === null ? null : { id, name })}
            data-testid="account-unit"
          />
        )}
        {needsUnit && error?.fieldErrors.unitId && (
          <Alert color="red" variant="light" p="xs">
            {error.fieldErrors.unitId}
          </Alert>
        )}
        <TextInput
          label={t("accounts.email")}
          description={t("accounts.emailHint")}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={error?.fieldErrors.email}
          data-testid="account-email"
        />
        <PasswordInput
          label={t("accounts.password")}
          description={t("accounts.passwordHint")}
          name="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={error?.fieldErrors.password}
        />
        <Button type="submit" loading={create.isPending}>
          {t("accounts.create")}
        </Button>
      </Stack>
    </form>
  );
}
