import { Notification, Portal, Stack } from "@mantine/core";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";

export interface Notice {
  title?: string;
  message: string;
  color?: "green" | "red" | "blue" | "yellow";
}

type Notify = (notice: Notice) => void;

const NotifyContext = createContext<Notify>(() => {});

/** Shows a notice for a few seconds (top right); `useNotify()` returns the function. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
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
          right={16}
          w={360}
          style={{ zIndex: 1000 }}
          aria-live="polite"
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
