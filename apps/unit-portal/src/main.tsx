import { ParApp } from "@par/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { dictionary } from "./dictionary";
import { PortalNavbar } from "./portal-navbar";
import { PortalRoutes } from "./portal-routes";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ParApp
      base="/portal"
      appName={{ vi: "Cổng đơn vị", en: "Unit portal" }}
      // A unit's clerks and heads (internal.read); a sector department's inspector comes for its reports only.
      requiredPermission={["internal.read", "reports.send"]}
      dictionary={dictionary}
      navbar={<PortalNavbar />}
    >
      <PortalRoutes />
    </ParApp>
  </StrictMode>,
);
