import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const VerifyResponsesPage = lazy(() =>
  import("./verify-responses-page").then((m) => ({ default: m.VerifyResponsesPage })),
);

export const VerifyResponsesRoute = () => (
  <Suspense fallback={<Loader m="md" />}>
    <VerifyResponsesPage />
  </Suspense>
);
