import { ParApp } from "@par/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { CameraNavbar } from "./camera-navbar";
import { CameraRoutes } from "./camera-routes";
import { dictionary } from "./dictionary";
import { OutboxProvider } from "./outbox/outbox-context";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ParApp
      base="/camera"
      appName={{ vi: "Giám sát camera Một cửa", en: "One-stop-shop camera monitor" }}
      requiredPermission="camera.read"
      dictionary={dictionary}
      navbar={<CameraNavbar />}
    >
      <OutboxProvider>
        <CameraRoutes />
      </OutboxProvider>
    </ParApp>
  </StrictMode>,
);
