import { ParApp } from "@par/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ProvinceSwitch } from "./accounts/province-switch";
import { AdminNavbar } from "./admin-navbar";
import { AdminRoutes } from "./admin-routes";
import { dictionary } from "./dictionary";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ParApp
      base="/admin"
      appName={{ vi: "Quản trị kiểm tra CCHC", en: "Inspection administration" }}
      requiredPermission="plans.read"
      dictionary={dictionary}
      navbar={<AdminNavbar />}
      headerExtra={<ProvinceSwitch />}
    >
      <AdminRoutes />
    </ParApp>
  </StrictMode>,
);
