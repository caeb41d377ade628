/**
 * The browser's outbox (IndexedDB): every review is written here first, with its snapshots, and sent
 * from here — so a review written while the server is unreachable waits and goes when it is back.
 * Each entry keeps the client id made when the review was written: a resend is the same review.
 */
export interface PendingSnapshot {
  id: string;
  blob: Blob;
  uploaded: boolean;
}

export interface PendingReview {
  clientId: string;
  input: Record<string, unknown> & { counterId: number };
  snapshots: PendingSnapshot[];
  createdAt: number;
  /** Set when the server refused it for good (bad input, 409): shown to the reviewer, not resent. */
  error?: string;
}

const DB = "par-camera";
const STORE = "outbox";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "clientId" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const putPending = (r: PendingReview) => run("readwrite", (s) => s.put(r));
export const deletePending = (clientId: string) => run("readwrite", (s) => s.delete(clientId));
export const allPending = () =>
  run<PendingReview[]>("readonly", (s) => s.getAll() as IDBRequest<PendingReview[]>).then((rows) =>
    rows.sort((a, b) => a.createdAt - b.createdAt),
  );
