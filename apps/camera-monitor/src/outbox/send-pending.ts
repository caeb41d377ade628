import type { PendingReview } from "./outbox-store";

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

/** Uploads a review's snapshots not yet uploaded (raw JPEG body, each with its own id). */
export async function uploadSnapshots(
  review: PendingReview,
  markUploaded: (id: string) => Promise<void>,
): Promise<"done" | "retry" | { refused: string }> {
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
  return "done";
}

export type BatchAnswer =
  | { clientId: string; status: "saved" | "alreadySaved" }
  | { clientId: string; status: "refused"; message: string };

/** Sends reviews in one call; "retry" when the server could not be reached, else one answer per review. */
export async function sendBatch(
  reviews: readonly PendingReview[],
  save: (inputs: PendingReview["input"][]) => Promise<BatchAnswer[]>,
): Promise<"retry" | BatchAnswer[] | { refused: string }> {
  try {
    return await save(reviews.map((r) => r.input));
  } catch (error) {
    const e = error as { data?: { httpStatus?: number } | null; message?: string };
    if (isTransient(e.data?.httpStatus)) return "retry";
    return { refused: e.message ?? "" };
  }
}
