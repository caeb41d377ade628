import { Notification, Portal, Stack } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";

export interface Notice {
  title?: string;
  message: string;
  color?: "green" | "red" | "blue" | "yellow";
}

type Notify = (notice: Notice) => void;

const NotifyContext = createContext<Notify>(() => {});

/** The app shell's navbar: 220 px wide, shown from Mantine's "sm" breakpoint (AppLayout). */
const NAVBAR_WIDTH = 220;
const NAVBAR_SHOWN = "(min-width: 48em)";

/**
 * Shows a notice for a few seconds; `useNotify()` returns the function. Notices sit bottom left, where
 * nobody works: over the navbar's empty lower part when the app has one (its links are at the top),
 * never bottom right over a form's save button nor top right over the header's buttons.
 */
export function NotificationsProvider({
  children,
  besideNavbar = false,
}: {
  children: ReactNode;
  besideNavbar?: boolean;
}) {
  const navbarShown = useMediaQuery(NAVBAR_SHOWN) ?? true;
  const inNavbar = besideNavbar && navbarShown;
  const [notices, setNotices] = useState<(Notice & { id: number })[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback<Notify>(
    (notice) => {
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-3), { ...notice, id }]);
      setTimeout(() => dismiss(id), notice.color === "red" ? 8000 : 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext.Provider value={value}>
      {children}
      <Portal>
        <Stack
          gap="xs"
          pos="fixed"
          bottom={16}
          left={inNavbar ? 8 : 16}
          w={inNavbar ? NAVBAR_WIDTH - 16 : 320}
          maw="calc(100vw - 32px)"
          style={{ zIndex: 1000 }}
          aria-live="polite"
          data-testid="notifications"
        >
          {notices.map((n) => (
            <Notification
              key={n.id}
              data-testid="notification"
              color={n.color ?? "green"}
              title={n.title}
              onClose={() => dismiss(n.id)}
              withBorder
            >
              {n.message}
            </Notification>
          ))}
        </Stack>
      </Portal>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
