import type { AppDictionary } from "../i18n/i18n";

/** Words of the answer to a camera reminder (nhắc nhở), shared by the portal and the camera app. */
export const REMINDER_ANSWER_DICTIONARY: AppDictionary = {
  vi: {
    reminderAnswer: {
      title: "Trả lời nhắc nhở",
      counter: "Quầy {{number}} – {{name}}",
      // Who sent it back: a reminder's verifier is a camera reviewer or Sở Nội vụ, not always Sở Nội vụ.
      by: { clerk: "Cán bộ", head: "Lãnh đạo đơn vị", verifier: "Giám sát, xác minh" },
      response: "Nội dung trả lời (kết quả khắc phục)",
      responsePlaceholder: "Đơn vị đã khắc phục thế nào, ai chịu trách nhiệm, từ ngày nào",
      noResponse: "Đơn vị chưa trả lời",
      files: "Tệp minh chứng",
      noFiles: "Chưa có tệp minh chứng",
      addFile: "Thêm tệp minh chứng (ảnh hoặc PDF)",
      uploaded: "Đã tải lên {{name}}",
      comments: "Ý kiến trả lại",
      comment: "Ý kiến",
      commentPlaceholder: "Nêu lý do trả lại",
      answer: "Trả lời",
      open: "Xem, trả lời",
      state: "Trả lời",
    },
  },
  en: {
    reminderAnswer: {
      title: "Answer to the reminder",
      counter: "Counter {{number}} – {{name}}",
      by: { clerk: "Clerk", head: "Unit head", verifier: "Reviewer" },
      response: "Answer (what was remedied)",
      responsePlaceholder: "What the unit remedied, who is responsible, from when",
      noResponse: "The unit has not answered",
      files: "Evidence files",
      noFiles: "No evidence file yet",
      addFile: "Add an evidence file (image or PDF)",
      uploaded: "Uploaded {{name}}",
      comments: "Comments sent back",
      comment: "Comments",
      commentPlaceholder: "Say why it is sent back",
      answer: "Answer",
      open: "View, answer",
      state: "Answer",
    },
  },
};
