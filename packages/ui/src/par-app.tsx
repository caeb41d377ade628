import "@mantine/core/styles.css";
import "./styles.css";
import { createTheme, Loader, MantineProvider } from "@mantine/core";
import type { Permission } from "@par/domain";
import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, Suspense, useEffect, useState } from "react";
import { I18nextProvider } from "react-i18next";
import { Router, useRoute } from "wouter";
import { AuthGate } from "./auth/auth-gate";
import { type AppDictionary, createParI18n } from "./i18n/i18n";
import { useLang } from "./i18n/use-lang";
import type { Lang } from "./labels/labels";
import { AppLayout } from "./layout/app-layout";
import { NotificationsProvider } from "./notify/notifications";
import { lazyRoute } from "./prefetch/route-chunks";
import { RoutePrefetch } from "./prefetch/route-prefetch";
import { createParQueryClient } from "./trpc/query-client";
import { createParTrpcClient, TRPCProvider } from "./trpc/trpc";

const theme = createTheme({
  primaryColor: "blue",
  defaultRadius: "sm",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
});

export interface ParAppProps {
  /** Where the app is served, without the trailing slash: "/admin", "/portal", "/camera". */
  base: string;
  appName: Record<Lang, string>;
  /** Who may open the app: holders of this permission, or of any of these. */
  requiredPermission: Permission | readonly Permission[];
  dictionary: AppDictionary;
  navbar?: ReactNode;
  /** In the header before the user (the admin app's province switcher). */
  headerExtra?: ReactNode;
  children: ReactNode;
}

/** The root every app renders: Mantine, react-query, tRPC, i18n, routing under `base`, login and layout. */
export function ParApp({
  base,
  appName,
  requiredPermission,
  dictionary,
  navbar,
  headerExtra,
  children,
}: ParAppProps) {
  const [i18n] = useState(() => createParI18n(dictionary));
  const [queryClient] = useState(() =>
    // The session ended: ask auth.me again, which brings the login screen back.
    createParQueryClient((client) => void client.invalidateQueries({ queryKey: [["auth", "me"]] })),
  );
  const [trpcClient] = useState(() => createParTrpcClient());
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <NotificationsProvider besideNavbar={navbar !== undefined}>
              <Router base={base}>
                <Frame
                  base={base}
                  appName={appName}
                  requiredPermission={requiredPermission}
                  navbar={navbar}
                  headerExtra={headerExtra}
                >
                  {children}
                </Frame>
              </Router>
            </NotificationsProvider>
          </TRPCProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

// The inbox is the same page in every app (issue 9 §8): /inbox is served here, not in each app's routes.
const InboxPage = lazyRoute("/inbox", () => import("./inbox/inbox-page").then((m) => m.InboxPage));

function InboxOr({ children }: { children: ReactNode }) {
  const [inbox] = useRoute("/inbox");
  if (!inbox) return <>{children}</>;
  return (
    <Suspense fallback={<Loader />}>
      <InboxPage />
    </Suspense>
  );
}

function Frame({
  base,
  appName,
  requiredPermission,
  navbar,
  headerExtra,
  children,
}: Omit<ParAppProps, "dictionary">) {
  const { lang } = useLang();
  const name = appName[lang];
  useEffect(() => {
    document.title = `${name} · PAR Inspect`;
  }, [name]);
  return (
    <AuthGate appName={name} requiredPermission={requiredPermission}>
      <AppLayout appName={name} navbar={navbar} headerExtra={headerExtra}>
        <RoutePrefetch base={base} />
        <InboxOr>{children}</InboxOr>
      </AppLayout>
    </AuthGate>
  );
}
