import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const CameraRemindersPage = lazy(() =>
  import("./camera-reminders-page").then((m) => ({ default: m.CameraRemindersPage })),
);

/** Loaded when first opened: the initial bundle of the portal stays small. */
export function CameraRemindersRoute() {
  return (
    <Suspense fallback={<Loader />}>
      <CameraRemindersPage />
    </Suspense>
  );
}
