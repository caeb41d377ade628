import { Alert, Button, Center, Loader, Stack } from "@mantine/core";
import type { Permission } from "@par/domain";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { describeError } from "../errors/error-message";
import { useLang } from "../i18n/use-lang";
import { useTRPC } from "../trpc/trpc";
import { ForcedPasswordChange } from "./forced-password-change";
import { LoginScreen } from "./login-screen";
import { MeContext } from "./me-context";
import { NoAccess } from "./no-access";

interface AuthGateProps {
  appName: string;
  /** The app opens only for users holding this permission (or one of these); others see a "no access" page. */
  requiredPermission: Permission | readonly Permission[];
  children: ReactNode;
}

/** Asks `auth.me`: login screen when nobody is signed in, refusal without the permission, else the app. */
export function AuthGate({ appName, requiredPermission, children }: AuthGateProps) {
  const trpc = useTRPC();
  const { t, lang } = useLang();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));

  if (me.isPending) {
    return (
      <Center mih="100vh" aria-busy="true">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack w={420}>
          <Alert color="red" title={t("auth.sessionError")} role="alert">
            {describeError(me.error, lang).summary}
          </Alert>
          <Button variant="light" onClick={() => void me.refetch()}>
            {t("common.retry")}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (me.data === null) return <LoginScreen appName={appName} />;
  if (me.data.mustChangePassword) {
    return <ForcedPasswordChange me={me.data} appName={appName} />;
  }
  const anyOf: readonly string[] =
    typeof requiredPermission === "string" ? [requiredPermission] : requiredPermission;
  const held = me.data.permissions as readonly string[];
  if (!anyOf.some((p) => held.includes(p))) {
    return <NoAccess me={me.data} appName={appName} />;
  }
  return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
}
