import { postFileWithKey } from "../files/post-file";
import type { Lang } from "../labels/labels";

/**
 * Sends one evidence file of a reminder's answer; null when stored, else the server's message in
 * `lang`. A retry of the same file for the same reminder is never stored twice (postFileWithKey).
 */
export function uploadReminderFile(reminderId: number, file: File, lang: Lang): Promise<string | null> {
  return postFileWithKey("/files/camera/reminder-files", { reminderId }, file, lang);
}
