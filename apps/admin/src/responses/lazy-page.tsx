import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const VerifyResponsesPage = lazyRoute("/responses", () =>
  import("./verify-responses-page").then((m) => m.VerifyResponsesPage),
);

export const VerifyResponsesRoute = () => (
  <Suspense fallback={<Loader m="md" />}>
    <VerifyResponsesPage />
  </Suspense>
);
