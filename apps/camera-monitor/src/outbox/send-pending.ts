import type { PendingReview } from "./outbox-store";

/** How one attempt to send a pending review ended. */
export type SendOutcome = "sent" | "retry" | { refused: string };

/** Network failures and gateway errors are retried; a refusal with a message is final. */
export function isTransient(status: number | undefined): boolean {
  return (
    status === undefined ||
    status === 0 ||
    status === 502 ||
    status === 503 ||
    status === 504 ||
    status === 429
  );
}

/** Uploads the snapshots not yet uploaded (raw JPEG body, the snapshot's own id), then the review. */
export async function sendPending(
  review: PendingReview,
  save: (input: PendingReview["input"]) => Promise<unknown>,
  markUploaded: (id: string) => Promise<void>,
): Promise<SendOutcome> {
  for (const snap of review.snapshots) {
    if (snap.uploaded) continue;
    let res: Response;
    try {
      res = await fetch(`/files/camera/snapshots?counterId=${review.input.counterId}&id=${snap.id}`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": snap.blob.type || "image/jpeg" },
        body: snap.blob,
      });
    } catch {
      return "retry";
    }
    if (!res.ok) {
      if (isTransient(res.status)) return "retry";
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      return { refused: body?.error?.message ?? `HTTP ${res.status}` };
    }
    await markUploaded(snap.id);
  }
  try {
    await save(review.input);
    return "sent";
  } catch (error) {
    const e = error as { data?: { httpStatus?: number } | null; message?: string };
    if (isTransient(e.data?.httpStatus)) return "retry";
    return { refused: e.message ?? "" };
  }
}
