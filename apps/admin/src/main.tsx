import { ParApp } from "@par/ui";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { AdminNavbar } from "./admin-navbar";
import { AdminRoutes } from "./admin-routes";
import { dictionary } from "./dictionary";

// Loaded after the first screen: most users see only their province's name there.
const ProvinceSwitch = lazy(() =>
  import("./accounts/province-switch").then((m) => ({ default: m.ProvinceSwitch })),
);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ParApp
      base="/admin"
      appName={{ vi: "Quản trị kiểm tra CCHC", en: "Inspection administration" }}
      requiredPermission="plans.read"
      dictionary={dictionary}
      navbar={<AdminNavbar />}
      headerExtra={
        <Suspense fallback={null}>
          <ProvinceSwitch />
        </Suspense>
      }
    >
      <AdminRoutes />
    </ParApp>
  </StrictMode>,
);
