import { useTRPCClient } from "@par/ui";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from "react";
import { allPending, deletePending, type PendingReview, putPending } from "./outbox-store";
import { sendPending } from "./send-pending";

interface OutboxState {
  /** Reviews waiting in this browser (not yet accepted by the server). */
  pending: PendingReview[];
  /** Sent in this session (for the progress bar). */
  sent: number;
  sending: boolean;
  online: boolean;
  enqueue: (review: Omit<PendingReview, "createdAt">) => Promise<void>;
  discard: (clientId: string) => Promise<void>;
}

const OutboxContext = createContext<OutboxState | null>(null);

export function useOutbox(): OutboxState {
  const value = useContext(OutboxContext);
  if (!value) throw new Error("useOutbox outside OutboxProvider");
  return value;
}

/**
 * Sends the outbox one review at a time, oldest first: at once, when the browser says it is online
 * again, and every 5 s while something waits. One sender at a time (a ref, not state), so no review
 * is sent twice by this tab; were it sent twice anyway, the server answers the second as already saved.
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PendingReview[]>([]);
  const [sent, setSent] = useState(0);
  const [sending, setSending] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const busy = useRef(false);

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setSending(true);
    try {
      for (const review of await allPending()) {
        if (review.error) continue;
        const outcome = await sendPending(
          review,
          (input) => client.camera.saveReview.mutate(input as never),
          async (id) => {
            review.snapshots = review.snapshots.map((s) => (s.id === id ? { ...s, uploaded: true } : s));
            await putPending(review);
          },
        );
        if (outcome === "retry") break;
        if (outcome === "sent") {
          await deletePending(review.clientId);
          setSent((n) => n + 1);
        } else await putPending({ ...review, error: outcome.refused });
        setPending(await allPending());
      }
    } finally {
      busy.current = false;
      setSending(false);
      setPending(await allPending());
      void queryClient.invalidateQueries({ queryKey: [["camera"]] });
    }
  }, [client, queryClient]);

  useEffect(() => {
    void allPending().then(setPending);
    void flush();
    const up = () => {
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    const timer = setInterval(() => void flush(), 5_000);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      clearInterval(timer);
    };
  }, [flush]);

  const enqueue = useCallback(
    async (review: Omit<PendingReview, "createdAt">) => {
      await putPending({ ...review, createdAt: Date.now() });
      setPending(await allPending());
      void flush();
    },
    [flush],
  );
  const discard = useCallback(async (clientId: string) => {
    await deletePending(clientId);
    setPending(await allPending());
  }, []);

  return (
    <OutboxContext.Provider value={{ pending, sent, sending, online, enqueue, discard }}>
      {children}
    </OutboxContext.Provider>
  );
}
