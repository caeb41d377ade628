import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { describeError, useLang, useNotify, useTRPC } from "@par/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";

/** A temporary password for one account: the user must change it at the next sign-in. */
export function ResetPasswordForm({
  account,
  onDone,
}: {
  account: { id: number; username: string };
  onDone: () => void;
}) {
  const { t, lang } = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [password, setPassword] = useState("");
  const reset = useMutation(
    trpc.accounts.resetPassword.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.accounts.list.pathFilter());
        notify({ message: t("accounts.resetDone", { name: account.username }), color: "green" });
        onDone();
      },
    }),
  );
  const error = reset.error ? describeError(reset.error, lang, (f) => t(`accounts.${f}`)) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate({ userId: account.id, password });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error.summary}
          </Alert>
        )}
        <PasswordInput
          label={t("accounts.password")}
          description={t("accounts.passwordHint")}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={error?.fieldErrors.password}
        />
        <Button type="submit" loading={reset.isPending}>
          {t("accounts.reset")}
        </Button>
      </Stack>
    </form>
  );
}
