import { hasPermission, type Permission } from "@par/domain";
import { fail } from "../errors";
import { authedProcedure } from "../trpc";

/** Permissions that let a user run inspections: the provincial leads' and a sector department's (R8). */
export const INSPECTION_WRITE: readonly Permission[] = ["inspections.write", "inspections.writeSector"];

/**
 * For holders of any of `permissions`. Which inspections the holder may change is the domain's
 * lifecycle rule (a sector inspector: only those its own department leads), checked inside.
 */
export function anyPermissionProcedure(permissions: readonly Permission[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!permissions.some((p) => hasPermission(ctx.session.assignments, p))) {
      fail("ACCESS.PERMISSION", "Bạn không có quyền thực hiện thao tác này / You may not do this");
    }
    return next({ ctx });
  });
}

export const inspectionWriteProcedure = anyPermissionProcedure(INSPECTION_WRITE);
