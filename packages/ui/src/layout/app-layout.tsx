import { AppShell, Burger, Button, Group, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type ReactNode, useState } from "react";
import { PasswordChangePanel } from "../auth/password-change-panel";
import { useLogout } from "../auth/use-logout";
import { LanguageSwitch } from "../i18n/language-switch";
import { useLang } from "../i18n/use-lang";
import { NotificationBell } from "../inbox/notification-bell";
import { UserMenu } from "./user-menu";

interface AppLayoutProps {
  appName: string;
  navbar?: ReactNode;
  /** Shown in the header before the user (the admin app's province switcher). */
  headerExtra?: ReactNode;
  children: ReactNode;
}

/** Header (product, app, user, language, logout), an optional navbar, and the screen. */
export function AppLayout({ appName, navbar, headerExtra, children }: AppLayoutProps) {
  const { t } = useLang();
  const logout = useLogout();
  const [opened, { toggle }] = useDisclosure(false);
  const [account, setAccount] = useState(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={navbar ? { width: 220, breakpoint: "sm", collapsed: { mobile: !opened } } : undefined}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {navbar && (
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            )}
            <Text fw={700} c="blue.8" size="lg">
              {t("product")}
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="xs" data-testid="app-name">
              {appName}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            {headerExtra}
            <NotificationBell />
            <UserMenu onOpen={() => setAccount(true)} />
            <LanguageSwitch />
            <Button
              size="xs"
              variant="default"
              data-testid="logout"
              loading={logout.isPending}
              onClick={() => logout.mutate()}
            >
              {t("auth.logout")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      {navbar && (
        <AppShell.Navbar p="xs" component="nav">
          {navbar}
        </AppShell.Navbar>
      )}
      <AppShell.Main bg="gray.0">
        {account ? <PasswordChangePanel onClose={() => setAccount(false)} /> : children}
      </AppShell.Main>
    </AppShell>
  );
}
