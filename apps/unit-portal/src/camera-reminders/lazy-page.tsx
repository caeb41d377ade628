import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const CameraRemindersPage = lazyRoute("/camera-reminders", () =>
  import("./camera-reminders-page").then((m) => m.CameraRemindersPage),
);

/** Loaded when first opened: the initial bundle of the portal stays small. */
export function CameraRemindersRoute() {
  return (
    <Suspense fallback={<Loader />}>
      <CameraRemindersPage />
    </Suspense>
  );
}
