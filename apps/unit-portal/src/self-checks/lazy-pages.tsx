import { Loader } from "@mantine/core";
import { lazyRoute } from "@par/ui";
import { Suspense } from "react";

const SelfChecksPage = lazyRoute("/self-checks", () =>
  import("./self-checks-page").then((m) => m.SelfChecksPage),
);
const SelfCheckPage = lazyRoute("/self-checks/:id", () =>
  import("./self-check-form").then((m) => m.SelfCheckPage),
);

export const SelfChecksRoute = () => (
  <Suspense fallback={<Loader />}>
    <SelfChecksPage />
  </Suspense>
);

export const SelfCheckRoute = ({ id }: { id: number }) => (
  <Suspense fallback={<Loader />}>
    <SelfCheckPage inspectionId={id} />
  </Suspense>
);
