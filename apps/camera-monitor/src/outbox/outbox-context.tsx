import { useTRPCClient } from "@par/ui";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from "react";
import { allPending, deletePending, type PendingReview, putPending } from "./outbox-store";
import { type BatchAnswer, sendBatch, uploadSnapshots } from "./send-pending";

/** Reviews per camera.saveReviews call (the server takes up to 100). */
const BATCH = 50;

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
      // Snapshots first, review by review; then every ready review in batches (camera.saveReviews).
      const ready: PendingReview[] = [];
      for (const review of await allPending()) {
        if (review.error) continue;
        const up = await uploadSnapshots(review, async (id) => {
          review.snapshots = review.snapshots.map((s) => (s.id === id ? { ...s, uploaded: true } : s));
          await putPending(review);
        });
        if (up === "retry") break;
        if (up === "done") ready.push(review);
        else await putPending({ ...review, error: up.refused });
      }
      for (let i = 0; i < ready.length; i += BATCH) {
        const batch = ready.slice(i, i + BATCH);
        const answer = await sendBatch(
          batch,
          (inputs) =>
            client.camera.saveReviews.mutate({ reviews: inputs as never }) as Promise<BatchAnswer[]>,
        );
        if (answer === "retry") break;
        if (!Array.isArray(answer)) {
          for (const r of batch) await putPending({ ...r, error: answer.refused });
          continue;
        }
        for (const [k, a] of answer.entries()) {
          const review = batch[k];
          if (!review) continue;
          if (a.status === "refused") await putPending({ ...review, error: a.message });
          else {
            await deletePending(review.clientId);
            setSent((n) => n + 1);
          }
        }
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
