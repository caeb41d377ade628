import type { AppDictionary } from "@par/ui";

export const dictionary: AppDictionary = {
  vi: {
    camera: {
      title: "Bộ phận Một cửa được giám sát",
      subtitle: "Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính của các cơ quan, đơn vị",
      search: "Tìm Bộ phận Một cửa",
      searchPlaceholder: "Tên đơn vị hoặc huyện, không cần dấu",
      count: "{{count}} Bộ phận Một cửa",
      empty: "Chưa có đơn vị nào có Bộ phận Một cửa trong phạm vi của bạn",
      noMatch: "Không có Bộ phận Một cửa nào khớp với “{{query}}”",
      pickOne: "Chọn một Bộ phận Một cửa trong danh sách",
      notInList: "Đơn vị này không có trong danh sách Bộ phận Một cửa bạn được giám sát",
      feedsTitle: "Chưa có luồng camera",
      feedsBody:
        "Việc kết nối camera tại quầy của Bộ phận Một cửa sẽ được cấu hình trong bản phát hành sau. Hiện ứng dụng chưa hiển thị hình ảnh trực tiếp hay ghi hình.",
      parentOf: "Thuộc",
    },
  },
  en: {
    camera: {
      title: "Monitored one-stop shops",
      subtitle: "The units' counters that receive administrative-procedure dossiers and return results",
      search: "Find a one-stop shop",
      searchPlaceholder: "Unit or district name, accents optional",
      count: "{{count}} one-stop shops",
      empty: "No unit in your scope has a one-stop shop yet",
      noMatch: "No one-stop shop matches “{{query}}”",
      pickOne: "Pick a one-stop shop in the list",
      notInList: "This unit is not among the one-stop shops you may watch",
      feedsTitle: "No camera feed yet",
      feedsBody:
        "Connecting the counter cameras of one-stop shops is configured in a later release. The app does not show live video or recordings yet.",
      parentOf: "Under",
    },
  },
};
