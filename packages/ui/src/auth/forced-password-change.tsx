import { Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { useLang } from "../i18n/use-lang";
import { useScreenDictionary } from "../i18n/use-screen-dictionary";
import type { Me } from "../trpc/api-types";
import { PasswordChangeForm } from "./password-change-form";
import { PASSWORD_DICTIONARY } from "./password-dictionary";
import { useLogout } from "./use-logout";

/**
 * A password set or reset by Sở Nội vụ: nothing but this form until the user picks their own
 * (the server refuses every other call meanwhile; this screen only says so kindly).
 */
export function ForcedPasswordChange({ me, appName }: { me: Me; appName: string }) {
  useScreenDictionary(PASSWORD_DICTIONARY);
  const { t } = useLang();
  const logout = useLogout();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper
        withBorder
        shadow="sm"
        p="xl"
        radius="md"
        w={440}
        maw="100%"
        data-testid="forced-password-change"
      >
        <Stack gap="md">
          <Stack gap={2}>
            <Title order={2}>{t("product")}</Title>
            <Text c="dimmed" size="sm">
              {appName}
            </Text>
          </Stack>
          <Title order={4}>{t("password.forcedTitle")}</Title>
          <Text size="sm">{t("password.forcedBody", { name: me.displayName })}</Text>
          <PasswordChangeForm />
          <Button variant="subtle" size="xs" onClick={() => logout.mutate()}>
            {t("auth.logout")}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
