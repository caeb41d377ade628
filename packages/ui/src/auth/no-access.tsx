import { Button, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { LanguageSwitch } from "../i18n/language-switch";
import { useLang } from "../i18n/use-lang";
import type { Me } from "../trpc/api-types";
import { useLogout } from "./use-logout";

/** Signed in, but this app needs a permission the user's roles do not give. */
export function NoAccess({ me, appName }: { me: Me; appName: string }) {
  const { t } = useLang();
  const logout = useLogout();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper
        withBorder
        shadow="sm"
        p="xl"
        radius="md"
        w={480}
        maw="100%"
        data-testid="no-access"
        role="alert"
      >
        <Stack>
          <Group justify="space-between">
            <Text fw={700} c="blue.8">
              {t("product")}
            </Text>
            <LanguageSwitch />
          </Group>
          <Title order={3}>{t("auth.noAccessTitle")}</Title>
          <Text>{t("auth.noAccessBody", { name: me.displayName, app: appName })}</Text>
          <Button variant="light" loading={logout.isPending} onClick={() => logout.mutate()}>
            {t("auth.otherAccount")}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
