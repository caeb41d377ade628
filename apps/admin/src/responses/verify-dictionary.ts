/** The admin app's screen where Home Affairs verifies the units' responses (xác minh kết quả khắc phục). */
/** The self-check panel of the admin app's inspection screen. */
export const SELF_CHECK_ADMIN_DICTIONARY = {
  vi: { title: "Báo cáo tự kiểm tra của đơn vị" },
  en: { title: "The unit's self-check report" },
} as const;

export const VERIFY_DICTIONARY = {
  vi: {
    nav: "Xác minh khắc phục",
    title: "Xác minh kết quả khắc phục kiến nghị",
    subtitle:
      "Trả lời của đơn vị đã được lãnh đạo đơn vị duyệt (hoặc cán bộ gửi thẳng khi đơn vị chưa có tài khoản lãnh đạo): chấp nhận, hoặc trả lại kèm ý kiến để đơn vị trả lời lại.",
    waiting: "Chờ xác minh",
    returned: "Đã trả lại",
    accepted: "Đã chấp nhận",
    comment: "Ý kiến trả lại",
    commentHint: "Bắt buộc khi trả lại: ghi rõ cần bổ sung gì",
  },
  en: {
    nav: "Verify remedies",
    title: "Verifying the units' remedies",
    subtitle:
      "Answers the unit's head approved and sent (or the clerk sent directly where the unit has no head account): accept them, or return them with comments so that the unit answers again.",
    waiting: "Awaiting verification",
    returned: "Returned",
    accepted: "Accepted",
    comment: "Comments",
    commentHint: "Required to return it: say what must be added",
  },
} as const;
