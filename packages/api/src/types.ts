/** Types only: the apps import from "@par/api/types" and never load the server's code. */
export type { Me } from "./auth/me";
export type { AppRouter, RouterInputs, RouterOutputs } from "./root";
export type { AuditRow } from "./routers/audit";
export type { UnitDto } from "./units/unit-dto";
