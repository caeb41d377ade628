import type { AppDictionary } from "@par/ui";

/** Strings of the accept confirmation and the restructuring screen (vi first, en second). */
export const schedulingDictionary: AppDictionary = {
  vi: {
    acceptCheck: {
      teamsPerDay: "Số đoàn kiểm tra mỗi ngày",
      teamsPerDayHint: "Các đơn vị của một tháng được rải đều trên các ngày làm việc",
      title: "Chưa đủ chỉ tiêu",
      intro: "Sau khi chấp nhận danh sách này, kế hoạch vẫn chưa đạt chỉ tiêu:",
      hint: "Có thể quay lại để thêm đơn vị, hoặc vẫn chấp nhận và bổ sung sau.",
      back: "Quay lại bổ sung",
      confirm: "Vẫn chấp nhận {{count}} đơn vị",
    },
  },
  en: {
    acceptCheck: {
      teamsPerDay: "Inspection teams per day",
      teamsPerDayHint: "A month's units are spread evenly over its working days",
      title: "Quota not met",
      intro: "After accepting this list, the plan still falls short of its quota:",
      hint: "Go back to add units, or accept anyway and add them later.",
      back: "Go back and add",
      confirm: "Accept {{count}} units anyway",
    },
  },
};
