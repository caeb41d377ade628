import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";

const SelfChecksPage = lazy(() => import("./self-checks-page").then((m) => ({ default: m.SelfChecksPage })));
const SelfCheckPage = lazy(() => import("./self-check-form").then((m) => ({ default: m.SelfCheckPage })));

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
