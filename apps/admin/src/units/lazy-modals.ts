import { lazy } from "react";

// The forms (Select, Modal, the domain's zod checks) load on first use, keeping the first screen light.
export const UnitCreateModal = lazy(() =>
  import("./unit-create-modal").then((m) => ({ default: m.UnitCreateModal })),
);
export const UnitEditModal = lazy(() =>
  import("./unit-edit-modal").then((m) => ({ default: m.UnitEditModal })),
);
// The register as a table (Select filters, the paged table) loads when its view is first opened.
export const UnitPagedTable = lazy(() =>
  import("@par/ui/paged").then((m) => ({ default: m.UnitPagedTable })),
);
export const UnitCloseModal = lazy(() =>
  import("./unit-close-modal").then((m) => ({ default: m.UnitCloseModal })),
);
