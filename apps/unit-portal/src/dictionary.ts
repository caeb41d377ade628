import type { AppDictionary } from "@par/ui";
import { CAMERA_REMINDERS_DICTIONARY } from "./camera-reminders/camera-reminders-dictionary";
import { internalEn, internalVi } from "./internal/internal-dictionary";
import { PROVINCE_INSPECTIONS_DICTIONARY } from "./province-inspections/province-inspections-dictionary";
import { OWED_REPORTS_DICTIONARY } from "./reports/reports-dictionary";
import { RESPONSES_DICTIONARY } from "./responses/responses-dictionary";
import { SELF_CHECKS_DICTIONARY } from "./self-checks/self-checks-dictionary";

export const dictionary: AppDictionary = {
  vi: {
    portal: {
      responses: RESPONSES_DICTIONARY.vi,
      cameraReminders: CAMERA_REMINDERS_DICTIONARY.vi,
      owedReports: OWED_REPORTS_DICTIONARY.vi,
      provinceInspections: PROVINCE_INSPECTIONS_DICTIONARY.vi,
      selfChecks: SELF_CHECKS_DICTIONARY.vi,
      internal: internalVi,
      nav: { myUnit: "Đơn vị của tôi", dossiers: "Thống kê hồ sơ TTHC", parIndex: "Chỉ số CCHC" },
      parIndexYear: "Năm chấm điểm",
      myUnit: {
        title: "Đơn vị của tôi",
        subtitle: "Đơn vị bạn phụ trách và các đơn vị trực thuộc, đang hiệu lực hôm nay",
        noScope: "Tài khoản của bạn chưa được gắn với đơn vị nào. Hãy liên hệ Sở Nội vụ.",
        total: "{{count}} đơn vị trong phạm vi",
        subUnits: "{{count}} đơn vị trực thuộc",
        hasSubUnits: "Có đơn vị trực thuộc",
        view: "Xem chi tiết",
      },
      unit: {
        forbidden: "Bạn không có quyền xem đơn vị này",
        badId: "Mã định danh đơn vị không hợp lệ",
        backToMine: "← Đơn vị của tôi",
      },
    },
  },
  en: {
    portal: {
      responses: RESPONSES_DICTIONARY.en,
      cameraReminders: CAMERA_REMINDERS_DICTIONARY.en,
      owedReports: OWED_REPORTS_DICTIONARY.en,
      provinceInspections: PROVINCE_INSPECTIONS_DICTIONARY.en,
      selfChecks: SELF_CHECKS_DICTIONARY.en,
      internal: internalEn,
      nav: { myUnit: "My unit", dossiers: "Dossier statistics", parIndex: "PAR index" },
      parIndexYear: "Year scored",
      myUnit: {
        title: "My unit",
        subtitle: "The unit you work for and its subordinate units, in force today",
        noScope: "Your account is not bound to any unit yet. Please contact the Department of Home Affairs.",
        total: "{{count}} units in scope",
        subUnits: "{{count}} subordinate units",
        hasSubUnits: "Has subordinate units",
        view: "View details",
      },
      unit: {
        forbidden: "You may not view this unit",
        badId: "Invalid unit id",
        backToMine: "← My unit",
      },
    },
  },
};
