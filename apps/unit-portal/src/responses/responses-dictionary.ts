/** The portal's screen for answering recommendations (trả lời kiến nghị). */
export const RESPONSES_DICTIONARY = {
  vi: {
    nav: "Trả lời kiến nghị",
    title: "Trả lời kiến nghị sau kiểm tra",
    subtitle:
      "Kiến nghị trong kết luận kiểm tra của tỉnh gửi các đơn vị bạn phụ trách: cán bộ soạn kết quả khắc phục kèm minh chứng, lãnh đạo duyệt rồi gửi Sở Nội vụ xác minh.",
    openOnly: "Chưa hoàn thành",
    all: "Tất cả",
    responseHint: "Nêu việc đã làm để khắc phục, thời gian hoàn thành, văn bản liên quan",
    upload: "Tải tệp minh chứng (ảnh hoặc PDF)",
    uploaded: "Đã tải lên {{name}}",
    wrongType: "{{name}}: chỉ nhận ảnh JPEG/PNG/WebP hoặc PDF",
    comment: "Ý kiến trả lại",
    commentHint: "Ghi rõ cần sửa hoặc bổ sung gì",
    lockedClerk: "Hồ sơ đã trình, đang chờ lãnh đạo duyệt hoặc Sở Nội vụ xác minh: không sửa được.",
    headOnly: "Chỉ lãnh đạo đơn vị duyệt hồ sơ này.",
    readOnly: "Bạn chỉ được xem hồ sơ này.",
  },
  en: {
    nav: "Answer recommendations",
    title: "Answering the inspections' recommendations",
    subtitle:
      "Recommendations in the province's inspection conclusions addressed to your units: the clerk writes the remedy with evidence, the head approves and sends it to Home Affairs for verification.",
    openOnly: "Not finished",
    all: "All",
    responseHint: "What was done to remedy it, when it was finished, related documents",
    upload: "Upload evidence (image or PDF)",
    uploaded: "Uploaded {{name}}",
    wrongType: "{{name}}: only JPEG/PNG/WebP images or PDF",
    comment: "Comments",
    commentHint: "Say what must be corrected or added",
    lockedClerk:
      "Submitted: awaiting the head's approval or Home Affairs' verification, it cannot be changed.",
    headOnly: "Only the unit's head approves this submission.",
    readOnly: "You may only read this submission.",
  },
} as const;
