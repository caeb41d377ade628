import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { PASSWORD_MIN } from "@par/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { describeError } from "../errors/error-message";
import { useLang } from "../i18n/use-lang";
import { useScreenDictionary } from "../i18n/use-screen-dictionary";
import { useTRPC } from "../trpc/trpc";
import { PASSWORD_DICTIONARY } from "./password-dictionary";

/**
 * Current, new and repeated password; `auth.changePassword` checks the rule (the domain's
 * passwordProblem) and answers naming the field. On success `auth.me` is asked again.
 */
export function PasswordChangeForm({ onDone }: { onDone?: () => void }) {
  useScreenDictionary(PASSWORD_DICTIONARY);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, lang } = useLang();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        onDone?.();
      },
    }),
  );
  const error = change.error ? describeError(change.error, lang, (f) => t(`password.${f}`)) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== again);
    if (next !== again) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="password-change-form">
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error.summary}
          </Alert>
        )}
        <PasswordInput
          label={t("password.currentPassword")}
          autoComplete="current-password"
          name="currentPassword"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={error?.fieldErrors.currentPassword}
        />
        <PasswordInput
          label={t("password.newPassword")}
          description={t("password.rule", { min: PASSWORD_MIN })}
          autoComplete="new-password"
          name="newPassword"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={error?.fieldErrors.newPassword}
        />
        <PasswordInput
          label={t("password.repeat")}
          autoComplete="new-password"
          name="repeatPassword"
          required
          value={again}
          onChange={(e) => setAgain(e.currentTarget.value)}
          error={mismatch ? t("password.mismatch") : undefined}
        />
        <Button type="submit" loading={change.isPending}>
          {t("password.submit")}
        </Button>
      </Stack>
    </form>
  );
}
