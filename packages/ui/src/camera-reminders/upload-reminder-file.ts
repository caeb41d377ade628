import { uploadEvidenceFile } from "../files/upload-file";
import type { Lang } from "../labels/labels";

/** Sends one evidence file of a reminder's answer; null when stored, else the server's message. */
export function uploadReminderFile(reminderId: number, file: File, lang: Lang): Promise<string | null> {
  return uploadEvidenceFile("/files/camera/reminder-files", { reminderId }, file, lang);
}
