import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { describeError } from "../errors/error-message";
import { LanguageSwitch } from "../i18n/language-switch";
import { useLang } from "../i18n/use-lang";
import { useTRPC } from "../trpc/trpc";
import { isMeKey } from "./use-logout";

/** Username + password; on success asks `auth.me` again, which lets the AuthGate show the app. */
export function LoginScreen({ appName }: { appName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, lang } = useLang();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        // Nothing cached from an earlier user may survive into this session.
        queryClient.removeQueries({ predicate: (q) => !isMeKey(q.queryKey) });
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
      },
    }),
  );
  const error = login.error
    ? describeError(login.error, lang, (f) =>
        f === "username" ? t("auth.username") : f === "password" ? t("auth.password") : f,
      )
    : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const required = {
      username: username.trim() ? undefined : t("auth.usernameRequired"),
      password: password ? undefined : t("auth.passwordRequired"),
    };
    setMissing(required);
    if (required.username || required.password) return;
    login.mutate({ username: username.trim(), password });
  };

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400} maw="100%">
        <form data-testid="login-form" onSubmit={submit} noValidate>
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2}>{t("product")}</Title>
              <Text c="dimmed" size="sm">
                {appName}
              </Text>
            </Stack>
            <Title order={4}>{t("auth.title")}</Title>
            {error && (
              <Alert color="red" role="alert" data-testid="login-error">
                {error.summary}
              </Alert>
            )}
            <TextInput
              label={t("auth.username")}
              name="username"
              autoComplete="username"
              autoFocus
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={missing.username ?? error?.fieldErrors.username}
            />
            <PasswordInput
              label={t("auth.password")}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={missing.password ?? error?.fieldErrors.password}
            />
            <Button type="submit" loading={login.isPending}>
              {t("auth.submit")}
            </Button>
            <Stack align="center" gap={4}>
              <LanguageSwitch />
              <Text size="xs" c="dimmed" ta="center">
                {t("productTagline")}
              </Text>
            </Stack>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
